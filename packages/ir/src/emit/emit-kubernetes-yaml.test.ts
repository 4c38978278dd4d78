import { fc, test } from '@fast-check/vitest';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emitKubernetesYaml, isPlainSafe } from './emit-kubernetes-yaml';

/** Reads YAML as kubectl (YAML 1.1) and as a YAML 1.2 tool would. */
function readBoth(text: string): [unknown, unknown] {
  return [parse(text, { version: '1.1', uniqueKeys: true }), parse(text, { version: '1.2', uniqueKeys: true })];
}

const asDocument = (value: unknown) => value as object;

/** Strings YAML readers are known to take for something other than the text. */
const TRICKY = [
  'yes', 'Yes', 'YES', 'no', 'on', 'On', 'off', 'y', 'Y', 'n', 'N', 'true', 'False', 'null', 'Null', '~', '',
  '0755', '0o17', '0x1F', '0b101', '1_000', '12:30', '1:20:30.5', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '1e3', '1E+3', '.5', '1.', '+1', '-1', '-.inf', '.inf', '.NaN',
  '=', '<<', '-', '--', '---', '...', '- a', 'a: b', 'a:', 'a #b', '#x', '&a', '*a', '!t', '!!str', '%x', '@x', '`x', '{x', '[x', '}', ']', '|x', '>x', '? x', '?', ':x', '"x', "'x", ' x', 'x ', '\t', 'a\tb',
  'a\nb', 'a\nb\n', 'a\n\n', '\na', '\n', ' a\nb', 'a \nb', 'a\r\nb', 'a\u2028b', 'a\u0085b', '\ufeffa', 'a\u0000b', 'tab\n\tindented\n', 'x'.repeat(300),
  '{{inputs.parameters.x}}', "{{='{{'}}", 'echo "hi" # not a comment', 'key: value\n- item\n', '10Gi', '500m', '1h30m', '3Mi', '1e', '1E', 'Infinity', 'NaN',
];

describe('emitKubernetesYaml', () => {
  it('writes every tricky string so that YAML 1.1 and 1.2 readers get it back unchanged', () => {
    for (const text of TRICKY) {
      const document = { key: text, list: [text], [text || 'empty']: 1 };
      const [v11, v12] = readBoth(emitKubernetesYaml(asDocument(document)));
      expect(v11, JSON.stringify(text)).toEqual(document);
      expect(v12, JSON.stringify(text)).toEqual(document);
    }
  });

  it('quotes what YAML 1.1 would read as booleans, numbers, nulls or timestamps, and leaves ordinary text plain', () => {
    for (const text of ['yes', 'on', 'y', 'NO', '0755', '1_000', '12:30', '2001-12-14', '~', '1e3', '-1']) expect(isPlainSafe(text), text).toBe(false);
    for (const text of ['alpine:3.20', 'docker/whalesay:latest', '--lr=0.1', '-c', 'status.succeeded > 0', 'b && c', '10Gi', '500m', '30s', 'hello world']) expect(isPlainSafe(text), text).toBe(true);
  });

  it('writes multi-line text as literal block scalars with the right chomping', () => {
    const yaml = emitKubernetesYaml(asDocument({ source: 'import random\nprint(1)\n', exact: 'a\nb', kept: 'a\n\n\n' }));
    expect(yaml).toBe(['source: |', '  import random', '  print(1)', 'exact: |-', '  a', '  b', 'kept: |+', '  a', '', '', ''].join('\n'));
  });

  it('lays out nested mappings and sequences as the yaml library does, steps groups included', () => {
    const document = {
      apiVersion: 'argoproj.io/v1alpha1',
      spec: { templates: [{ name: 'main', steps: [[{ name: 'a', template: 'a' }], [{ name: 'b', template: 'b' }, { name: 'c', template: 'c' }]] }], empty: {}, none: [] },
      items: [1, 2.5, true, 'x'],
    };
    expect(emitKubernetesYaml(asDocument(document))).toBe(stringify(document, { version: '1.1', indentSeq: true, lineWidth: 0 }));
  });

  it('joins several documents with ---', () => {
    expect(emitKubernetesYaml([asDocument({ a: 1 }), asDocument({ b: 2 })])).toBe('a: 1\n---\nb: 2\n');
  });

  it('refuses values YAML for Argo has no place for', () => {
    expect(() => emitKubernetesYaml(asDocument({ a: Number.NaN }))).toThrow(RangeError);
    expect(() => emitKubernetesYaml(asDocument({ a: null }))).toThrow(TypeError);
  });

  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...'yYnN01:._-# \n\t\'"{}[]|>&*!%@`?=<~ab'.split('')), maxLength: 12 }),
    fc.constantFrom(...TRICKY),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(text, tie('node'), { maxKeys: 4 }),
  }));

  test.prop([tree.map], { numRuns: 400 })('reads back as the same data, in YAML 1.1 and 1.2, for any tree of strings, numbers and booleans', (document) => {
    const yaml = emitKubernetesYaml(asDocument(document));
    const expected = JSON.parse(JSON.stringify(document)) as unknown;
    const [v11, v12] = readBoth(yaml);
    expect(v11).toEqual(expected);
    expect(v12).toEqual(expected);
    expect(emitKubernetesYaml(asDocument(document))).toBe(yaml);
  });
});
