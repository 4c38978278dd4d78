import { Session } from 'node:inspector/promises';

let counting: Promise<Session> | undefined;

/** One inspector session for the process, counting from its first use on (never stopped). */
function startCounting(): Promise<Session> {
  counting ??= (async () => {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    return session;
  })();
  return counting;
}

/**
 * How much JavaScript `run` executes, counted instead of timed: the sum of V8's precise block
 * coverage counts (each function call and each pass through a block of a branch or loop body
 * counts one) over every script but Node's own. The count is the same on a loaded machine as on
 * an idle one, so a test can compare the cost of a workflow with that of one ten times larger
 * without a clock.
 *
 * V8 only counts in functions compiled after counting started: call this (or
 * `operationGrowth`) before the code under test first runs in the process — a test file of its
 * own. Work inside built-ins (`Array.prototype.includes`, a spread) counts as the one block that
 * called it: a quadratic path has to loop in JavaScript to show.
 */
export async function countOperations(run: () => unknown): Promise<number> {
  const session = await startCounting();
  // Taking the coverage resets the counters: what follows counts `run` alone.
  await session.post('Profiler.takePreciseCoverage');
  await run();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of result) {
    if (script.url.startsWith('node:') || script.url === '') continue;
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count;
  }
  return total;
}

/**
 * Cost of `run(size × factor)` over the cost of `run(size)`, counted with `countOperations`: 10
 * for linear work at the default factor, 100 for quadratic.
 */
export async function operationGrowth(run: (size: number) => unknown, size: number, factor = 10): Promise<number> {
  // A first run settles one-time work (lazy module state, caches) out of both counts.
  await countOperations(() => run(size));
  const small = await countOperations(() => run(size));
  const large = await countOperations(() => run(size * factor));
  return large / small;
}
