import type * as TypeScript from 'typescript';
import { WorkflowCodeChecker } from '../check/check-workflow-code';
import { CodeLake } from '../code-lake/code-lake';

/** The compiler, the hard checks and the code lake: costly to load, shared by every generation. */
export interface GenerationTools {
  readonly ts: typeof TypeScript;
  readonly checker: WorkflowCodeChecker;
  readonly lake: CodeLake;
}

let loading: Promise<GenerationTools> | undefined;

/** Loads the tools once per process (the first call takes a few seconds: the compiler and the DSL's declarations). */
export function loadGenerationTools(): Promise<GenerationTools> {
  loading ??= (async () => {
    const { default: ts } = await import('typescript');
    return { ts, checker: await WorkflowCodeChecker.create(), lake: CodeLake.create(ts) };
  })();
  return loading;
}
