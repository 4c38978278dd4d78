import { runPython, hasPython } from '../../src/validate/run-python';

/** Runs a Python program with JSON on stdin and returns its JSON output. */
export function pythonJson<T>(program: string, input: unknown): T {
  const run = runPython(['-c', program], JSON.stringify(input));
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as T;
}

/** Whether jinja2 (what Airflow renders templates with) can be imported here. */
export const hasJinja = hasPython() && runPython(['-c', 'import jinja2']).status === 0;

/** Renders each text as a Jinja template the way Airflow does (keep_trailing_newline on). */
export const RENDER_JINJA = `
import json, sys
import jinja2.sandbox
env = jinja2.sandbox.SandboxedEnvironment(keep_trailing_newline=True, extensions=["jinja2.ext.do"])
print(json.dumps([env.from_string(text).render() for text in json.load(sys.stdin)]))
`;

/**
 * Renders each `{ text, params }` as Airflow renders a templated field of the DAG: `params` and
 * the DAG's `couler_text` macro in the context.
 */
export const RENDER_JINJA_WITH_PARAMS = `
import json, sys
import jinja2.sandbox
def couler_text(value):
    return value if isinstance(value, str) else json.dumps(value)
env = jinja2.sandbox.SandboxedEnvironment(keep_trailing_newline=True, extensions=["jinja2.ext.do"])
print(json.dumps([env.from_string(case["text"]).render(params=case["params"], couler_text=couler_text) for case in json.load(sys.stdin)]))
`;
