/** Wakes the SSE streams of a run in this process when it has new events. */
export class RunNotifier {
  private readonly waiters = new Map<string, Set<() => void>>();

  notify = (runId: string): void => {
    const waiting = this.waiters.get(runId);
    if (!waiting) return;
    this.waiters.delete(runId);
    for (const wake of waiting) wake();
  };

  /** Resolves at the next `notify(runId)`, or after `ms` (another server process may have written). */
  wait(runId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiters.get(runId) ?? new Set();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      }
      set.add(done);
      this.waiters.set(runId, set);
    });
  }
}
