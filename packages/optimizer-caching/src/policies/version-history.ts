/**
 * What a DAG-aware policy learns from the lookups it sees: the version each step asked for last,
 * how often each version and each step was asked for, how often a step asked for the same
 * version as the time before (how stable it is across runs), and which earlier versions it went
 * back to.
 */
export class VersionHistory {
  private readonly latestKey = new Map<string, string>();
  private readonly keyLookups = new Map<string, number>();
  private readonly stepLookups = new Map<string, number>();
  private readonly stepRepeats = new Map<string, number>();
  private readonly stepReturns = new Map<string, number>();
  /** Times a step went back to this version after asking for another one. */
  private readonly keyReturns = new Map<string, number>();
  /** Distinct versions each step has asked for. */
  private readonly stepVersions = new Map<string, number>();

  record(key: string, step: string): void {
    const previous = this.latestKey.get(step);
    if (previous === key) this.stepRepeats.set(step, (this.stepRepeats.get(step) ?? 0) + 1);
    else if (previous !== undefined && this.keyLookups.has(key)) {
      this.stepReturns.set(step, (this.stepReturns.get(step) ?? 0) + 1);
      this.keyReturns.set(key, (this.keyReturns.get(key) ?? 0) + 1);
    }
    if (!this.keyLookups.has(key)) this.stepVersions.set(step, (this.stepVersions.get(step) ?? 0) + 1);
    this.latestKey.set(step, key);
    this.keyLookups.set(key, (this.keyLookups.get(key) ?? 0) + 1);
    this.stepLookups.set(step, (this.stepLookups.get(step) ?? 0) + 1);
  }

  /** Whether `key` is the version its step asked for most recently. */
  isLatest(key: string, step: string): boolean {
    return this.latestKey.get(step) === key;
  }

  latest(step: string): string | undefined {
    return this.latestKey.get(step);
  }

  lookupsOf(key: string): number {
    return this.keyLookups.get(key) ?? 0;
  }

  /**
   * Probability that the step's next lookup asks for the same version as its last one: repeats
   * over chances, with a uniform Beta(1, 1) prior so a new step starts at one half.
   */
  stability(step: string): number {
    const lookups = this.stepLookups.get(step) ?? 0;
    return ((this.stepRepeats.get(step) ?? 0) + 1) / (Math.max(lookups - 1, 0) + 2);
  }

  /**
   * Probability that the step's next lookup asks for `key`, an older version than its last:
   * the step changes, the change goes back to an earlier version (returns over changes, with a
   * Beta(1, 1) prior), and picks this one.
   *
   * Which one it picks is a categorical choice among the step's older versions, estimated as the
   * posterior mean under a uniform Dirichlet(1, …, 1) prior updated by the returns seen so far
   * (Laplace's rule of succession): (1 + returns to `key`) / (older versions + returns to them).
   * A version's lookup count is not evidence for it: it counts the runs the version stayed
   * current, which is the step's stability, not the developer's choice of what to go back to.
   */
  returnProbability(key: string, step: string): number {
    const lookups = this.stepLookups.get(step) ?? 0;
    const latest = this.latestKey.get(step);
    if (lookups === 0 || latest === undefined || latest === key || !this.keyLookups.has(key)) return 0;
    const changes = Math.max(lookups - 1, 0) - (this.stepRepeats.get(step) ?? 0);
    const returns = this.stepReturns.get(step) ?? 0;
    return (1 - this.stability(step)) * ((returns + 1) / (changes + 2)) * this.choiceShare(key, step, latest);
  }

  /** Posterior mean share of `key` among the step's versions other than `latest`, as above. */
  private choiceShare(key: string, step: string, latest: string): number {
    const olderVersions = (this.stepVersions.get(step) ?? 0) - 1;
    const returnsToOlder = (this.stepReturns.get(step) ?? 0) - (this.keyReturns.get(latest) ?? 0);
    return (1 + (this.keyReturns.get(key) ?? 0)) / (olderVersions + returnsToOlder);
  }

  /** Share of the step's lookups that asked for `key`. */
  share(key: string, step: string): number {
    const lookups = this.stepLookups.get(step) ?? 0;
    return lookups > 0 ? (this.keyLookups.get(key) ?? 0) / lookups : 0;
  }
}
