import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hostileString } from '../../test/support/hostile-string';
import { hasJinja, pythonJson, RENDER_JINJA } from '../../test/support/python';
import { PYTHON_HELPERS } from '../compile/python-helpers';
import { escapeJinjaText, hasJinjaTag } from './jinja-text';
import { pythonBlockString, pythonLiteral, pythonNumber, pythonString } from './python-literal';

const READ_BACK = `
import ast, json, sys
print(json.dumps([ast.literal_eval(source) for source in json.load(sys.stdin)]))
`;

describe('pythonString', () => {
  test('writes plain text as a double-quoted literal, and text with double quotes single-quoted', () => {
    expect(pythonString('heads')).toBe('"heads"');
    expect(pythonString('echo "hi"')).toBe(`'echo "hi"'`);
    expect(pythonString(`it's "x"`)).toBe(`"it's \\"x\\""`);
    expect(pythonString('a\nb\\')).toBe('"a\\nb\\\\"');
    expect(pythonString('\u2028\u0000\ud800é')).toBe('"\\u2028\\x00\\ud800é"');
  });

  // One python3 process reads every sample: a property over 2,000 hostile strings in one run.
  test('python3 reads back exactly the input, whatever it holds', () => {
    const texts = fc.sample(hostileString, { numRuns: 2000 });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a Python literal must never hold a raw NUL, which is what this checks.
    for (const text of texts) expect(pythonString(text)).not.toMatch(/[\n\r\u0000]/);
    const literals = texts.flatMap((text) => [pythonString(text), pythonBlockString(text)]);
    expect(pythonJson<string[]>(READ_BACK, literals)).toEqual(texts.flatMap((text) => [text, text]));
  });

  test('block strings are triple-quoted only where that reads back the same', () => {
    expect(pythonBlockString('import random\nprint(random.random())\n')).toBe('"""import random\nprint(random.random())\n"""');
    expect(pythonBlockString('say "hi"')).toBe(`'say "hi"'`);
    expect(pythonBlockString('a\n"""\n')).toBe(`'a\\n"""\\n'`);
    expect(pythonBlockString('ends with a quote\n"')).toBe(`'ends with a quote\\n"'`);
  });
});

describe('pythonLiteral', () => {
  test('writes JSON-like values as Python literals', () => {
    expect(pythonLiteral({ a: [1, 2.5, true, null], 'b"': 'x' })).toBe(`{"a": [1, 2.5, True, None], 'b"': "x"}`);
    expect(pythonNumber(-0)).toBe('0');
    expect(() => pythonNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('escapeJinjaText', () => {
  test('escapes only a brace that opens a tag', () => {
    expect(escapeJinjaText('{{ ds }} {% if %} {# c #} {x} }}')).toBe("{{ '{' }}{ ds }} {{ '{' }}% if %} {{ '{' }}# c #} {x} }}");
    expect(escapeJinjaText('${HOME} {"a": 1}')).toBe('${HOME} {"a": 1}');
    expect(escapeJinjaText('a\r\nb')).toBe("a{{ '\\r' }}\nb");
    expect(escapeJinjaText('{\r')).toBe("{{ '{' }}{{ '\\r' }}");
    expect(escapeJinjaText('abc{')).toBe("abc{{ '{' }}");
  });

  test('text ending in { before a tag, or joined to more escaped text, renders back (issue 23)', () => {
    if (!hasJinja) return;
    const texts = [...fc.sample(hostileString, { numRuns: 400 }), 'abc{', '{', '{{{', '}', '}}', '{% endraw %}', '{#', '#}', "\\'"];
    const pairs = texts.map((text, index) => [text, texts[(index * 7 + 3) % texts.length]!] as const);
    // As the compiler joins them: literal, a reference's tag, literal; and two literals.
    const withTag = pairs.map(([before, after]) => `${escapeJinjaText(before)}{{ 'X' }}${escapeJinjaText(after)}`);
    const joined = pairs.map(([before, after]) => escapeJinjaText(before) + escapeJinjaText(after));
    expect(pythonJson<string[]>(RENDER_JINJA, [...withTag, ...joined])).toEqual([...pairs.map(([before, after]) => `${before}X${after}`), ...pairs.map(([before, after]) => before + after)]);
  });

  test('Jinja renders the escaped text back to the input', () => {
    const texts = fc.sample(hostileString, { numRuns: 2000 });
    const escaped = texts.map(escapeJinjaText);
    if (hasJinja) {
      expect(pythonJson<string[]>(RENDER_JINJA, escaped)).toEqual(texts);
    } else {
      // Without jinja2 here: no tag may open except the escape itself.
      for (const text of escaped) expect(hasJinjaTag(text.replaceAll("{{ '{' }}", ''))).toBe(false);
      for (const text of escaped) expect(text).not.toContain('\r');
    }
  });

  test("the DAG file's couler_escape (for values known only at run time) escapes as the compiler does", () => {
    const texts = fc.sample(hostileString, { numRuns: 1000 });
    const program = `import json, re, sys\n${PYTHON_HELPERS.couler_escape.source}\nprint(json.dumps([couler_escape(text) for text in json.load(sys.stdin)]))`;
    expect(pythonJson<string[]>(program, texts)).toEqual(texts.map(escapeJinjaText));
  });
});
