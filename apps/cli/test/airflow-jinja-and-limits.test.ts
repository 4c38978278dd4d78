import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

/** A workflow file written with @couler/dsl into a fresh scratch directory. */
function workflowFile(name: string, body: string): string {
  const directory = scratchWith();
  writeFileSync(join(directory, `${name}.ts`), `import { concat, parameter, runContainer, runScript, workflow } from '@couler/dsl';\n\nexport default workflow('${name}', () => {\n${body}\n});\n`);
  return directory;
}

/** Renders one templated field of the DAG file with jinja2, as Airflow does: params and the DAG's couler_text. */
const RENDER_ARGUMENTS = String.raw`
import ast, json, sys
import jinja2.sandbox
tree = ast.parse(open(sys.argv[1], encoding="utf-8").read())
for node in ast.walk(tree):
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "KubernetesPodOperator":
        keywords = {keyword.arg: keyword.value for keyword in node.keywords}
        if ast.literal_eval(keywords["task_id"]) == sys.argv[2]:
            arguments = ast.literal_eval(keywords["arguments"])
couler_text = lambda value: value if isinstance(value, str) else json.dumps(value)
env = jinja2.sandbox.SandboxedEnvironment(keep_trailing_newline=True, extensions=["jinja2.ext.do"])
print(json.dumps([env.from_string(text).render(params=json.loads(sys.argv[3]), couler_text=couler_text) for text in arguments]))
`;
const hasJinja = spawnSync('python3', ['-c', 'import jinja2']).status === 0;

// Each --validate starts python3 and Ruff: slow on a loaded machine.
describe('couler compile -b airflow (issue 23)', { timeout: 240_000 }, () => {
  it.runIf(hasJinja)("concat('abc{', p) compiles with --validate and Airflow's Jinja renders it to abc{ and the value", async () => {
    const directory = workflowFile('brace', "  const p = parameter('p', { default: 'v' });\n  runContainer({ image: 'alpine:3.20', command: ['echo'], args: [concat('abc{', p), concat(p, '}x{{')], stepName: 'echo' });");
    const { code, stdout, stderr } = await runCouler(['compile', 'brace.ts', '-b', 'airflow', '--validate', '-o', 'out'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('(validated)');
    const file = join(directory, 'out', 'brace.py');
    expect(readFileSync(file, 'utf8')).toContain(`"abc{{ '{' }}{{ couler_text(params[\\"p\\"]) }}"`);
    const rendered = spawnSync('python3', ['-c', RENDER_ARGUMENTS, file, 'echo', JSON.stringify({ p: 'v' })], { encoding: 'utf8' });
    expect(rendered.stderr).toBe('');
    expect(JSON.parse(rendered.stdout)).toEqual(['abc{v', 'v}x{{']);
  });

  it('a 200 kB script compiles with --validate: its source travels in pieces under the 128 KiB limit', async () => {
    const directory = workflowFile('big-script', "  runScript({ image: 'python:3.12-alpine', command: ['python3'], source: '#' + 'x'.repeat(200000) + '\\nprint(1)\\n', stepName: 'big' });");
    const { code, stderr } = await runCouler(['compile', 'big-script.ts', '-b', 'airflow', '--validate', '-o', 'out'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const source = readFileSync(join(directory, 'out', 'big_script.py'), 'utf8');
    // One source constant, sliced into two variables; the wrapper writes both to the script's file.
    expect(source).toMatch(/name="COULER_SCRIPT",\s+value=couler_escape\(BIG_SOURCE\[:130048\]\)/);
    expect(source).toMatch(/name="COULER_SCRIPT_2",\s+value=couler_escape\(BIG_SOURCE\[130048:\]\)/);
    expect(source).toContain(`printf '%s' "$COULER_SCRIPT" "$COULER_SCRIPT_2" > /tmp/couler-script`);
  });

  it('an argument of 200 kB is refused when compiling, with its size, the limit and what to do', async () => {
    const directory = workflowFile('big-arg', "  runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['x'.repeat(200000)], stepName: 'echo' });");
    const { code, stderr } = await runCouler(['compile', 'big-arg.ts', '-b', 'airflow'], directory);
    expect(code).toBe(1);
    // Every engine starts Linux processes, so validation refuses it before the backend sees it.
    expect(stderr).toContain('error[ARGUMENT_TOO_LONG] at steps.echo.container.args[0]: Argument 1 of step "echo" is 200,001 bytes (195 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB)');
    expect(stderr).toContain('an input artifact with `raw` text');
  });

  it('cache is refused naming the step and saying what to use instead', async () => {
    const directory = workflowFile('cached', "  runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['hi'], stepName: 'slow', cache: { ttl: '1h' } });");
    const { code, stderr } = await runCouler(['compile', 'cached.ts', '-b', 'airflow'], directory);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error\[UNSUPPORTED_BY_BACKEND\] at steps\.slow\.cache: The airflow backend cannot express .*\("cache"\), used by "slow"\./);
    expect(stderr).toContain('Run the workflow on the local engine or compile it for the argo backend, which honour "cache", or drop "cache" from the step for Airflow.');
  });

  it('--validate refuses, saying how to install it, when python3 cannot import jinja2', async () => {
    const directory = workflowFile('no-jinja', "  runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['hi'], stepName: 'echo' });");
    // A jinja2 that cannot be imported, first on python3's path.
    mkdirSync(join(directory, 'shadow', 'jinja2'), { recursive: true });
    writeFileSync(join(directory, 'shadow', 'jinja2', '__init__.py'), 'raise ImportError("no jinja2 here")\n');
    const previous = process.env.PYTHONPATH;
    process.env.PYTHONPATH = join(directory, 'shadow');
    try {
      const { code, stderr } = await runCouler(['compile', 'no-jinja.ts', '-b', 'airflow', '--validate'], directory);
      expect(code).toBe(1);
      expect(stderr).toContain('error[ENGINE_NOT_FOUND]: The Airflow DAG file for "no-jinja" could not be fully checked: jinja2 cannot be imported by python3');
      expect(stderr).toContain('python3 -m pip install jinja2');
    } finally {
      if (previous === undefined) delete process.env.PYTHONPATH;
      else process.env.PYTHONPATH = previous;
    }
  });
});
