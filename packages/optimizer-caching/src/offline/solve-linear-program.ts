import type loadHighs from 'highs';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;

// HiGHS is imported on first use, not with the package: its module is megabytes of JavaScript
// that every `couler run` (which imports this package for its cache policies) would parse for nothing.
async function startHighs(): Promise<Highs> {
  const { default: load } = await import('highs');
  return load();
}

export interface LinearProgramSolution {
  readonly status: string;
  readonly objective: number;
  readonly values: ReadonlyMap<string, number>;
}

/**
 * Solves a model in CPLEX LP format with HiGHS (compiled to WebAssembly, loaded once).
 * Synchronous once loaded: HiGHS blocks the thread until done or `timeLimitSeconds`.
 */
export async function solveLinearProgram(model: string, options: { timeLimitSeconds?: number; relativeGap?: number } = {}): Promise<LinearProgramSolution> {
  highs ??= startHighs();
  const solver = await highs;
  const result = solver.solve(model, {
    output_flag: false,
    ...(options.timeLimitSeconds !== undefined && { time_limit: options.timeLimitSeconds }),
    ...(options.relativeGap !== undefined && { mip_rel_gap: options.relativeGap }),
  });
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(result.Columns ?? {})) {
    const primal = (column as { Primal?: number }).Primal;
    if (typeof primal === 'number') values.set(name, primal);
  }
  return { status: result.Status, objective: result.ObjectiveValue, values };
}
