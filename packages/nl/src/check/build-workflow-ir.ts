import { createRequire } from 'node:module';
import { runInContext, createContext } from 'node:vm';
import { CoulerError, type Workflow } from '@couler/ir';
import type * as TypeScript from 'typescript';
import type { CodeProblem } from './code-problem';
import { sourceLineMap } from './source-line-map';
import { GENERATED_FILE } from './type-check-code';

/** How long building the IR may take: a build function only records steps, so this is generous. */
const BUILD_TIMEOUT_MS = 2_000;

export type BuildResult = { readonly workflow: Workflow; readonly problems: [] } | { readonly workflow?: undefined; readonly problems: CodeProblem[] };

/**
 * Runs a type-checked generated file to build its IR: transpiled to CommonJS, in a fresh V8
 * context whose only module is `@couler/dsl`, under a time limit. Not a security boundary (the
 * type-check already keeps the code to the DSL and the standard library), but nothing generated
 * sees this process's globals, environment or file system, and an endless loop is stopped.
 */
export function buildWorkflowIr(ts: typeof TypeScript, source: string): BuildResult {
  const { outputText, sourceMapText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false, sourceMap: true },
    fileName: GENERATED_FILE,
  });
  const lineMap = sourceLineMap(sourceMapText!);
  const moduleObject: { exports: Record<string, unknown> } = { exports: {} };
  const dsl = dslModule();
  const sandbox = createContext({
    module: moduleObject,
    exports: moduleObject.exports,
    require: (name: string) => {
      if (name === '@couler/dsl') return dsl;
      throw new CoulerError('INVALID_DSL_USAGE', `Generated code may import only @couler/dsl, not "${name}".`);
    },
  });
  let exported: unknown;
  try {
    runInContext(outputText, sandbox, { filename: GENERATED_FILE, timeout: BUILD_TIMEOUT_MS });
    exported = moduleObject.exports.default;
  } catch (error) {
    return { problems: problemsOf(error, source, lineMap) };
  }
  if (!looksLikeWorkflow(exported)) {
    return { problems: [{ stage: 'build', message: 'The file must end with `export default workflow(name, () => { … })`; its default export is not a workflow.' }] };
  }
  return { workflow: exported, problems: [] };
}

function dslModule(): unknown {
  return createRequire(import.meta.url)('@couler/dsl');
}

function looksLikeWorkflow(value: unknown): value is Workflow {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Workflow';
}

/** What the DSL threw, one problem per located error; anything else by its message. */
function problemsOf(error: unknown, source: string, lineMap: ReadonlyArray<number>): CodeProblem[] {
  const lines = source.split('\n');
  if (CoulerError.isInstance(error)) {
    const errors = error.errors && error.errors.length > 0 ? error.errors : [error];
    return errors.map((each) => {
      const location = each.locations?.find((candidate) => candidate.file === GENERATED_FILE);
      const text = `${each.code}: ${each.message}${each.hint ? ` (${each.hint})` : ''}`;
      // The DSL located the call in the transpiled JavaScript; the model wrote TypeScript.
      const line = location ? (lineMap[location.line - 1] ?? -1) + 1 : 0;
      return line > 0 ? { stage: 'build', message: text, line, lineText: lines[line - 1] ?? '' } : { stage: 'build', message: text };
    });
  }
  // Errors raised inside the context come from its own realm: `instanceof Error` is false there.
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === 'string' && /Script execution timed out/.test(message)) {
    return [{ stage: 'build', message: `Building the workflow did not finish within ${BUILD_TIMEOUT_MS / 1000} s; the build function must not loop forever.` }];
  }
  return [{ stage: 'build', message: `Building the workflow threw: ${typeof message === 'string' ? message : String(error)}` }];
}
