import type { StateStore } from '../state/state-store';
import type { CacheLookup } from '../state/state-records';
import { ownValue } from '../internal/user-keyed';

/** Why one step instance hit or missed the memoization cache (`couler cache why RUN STEP`). */
export interface CacheExplanation {
  readonly stepId: string;
  readonly outcome: 'hit' | 'miss' | 'not-memoized';
  readonly key?: string;
  /** Sentences for a person. */
  readonly lines: ReadonlyArray<string>;
  /** Parts of the key that differ from the closest earlier entry of the same step (on a miss). */
  readonly changed: ReadonlyArray<string>;
  readonly added: ReadonlyArray<string>;
  readonly removed: ReadonlyArray<string>;
}

function explainLookup(store: StateStore, lookup: CacheLookup): CacheExplanation {
  const base = { stepId: lookup.stepId, key: lookup.key };
  if (lookup.hit) {
    const entry = store.getCacheEntry(lookup.key);
    const from = entry ? `run ${entry.runId}, step ${entry.stepId}, written ${entry.createdAt}` : 'an entry since evicted';
    return { ...base, outcome: 'hit', lines: [`Hit: key ${lookup.key.slice(0, 12)} matched the result of ${from}.`], changed: [], added: [], removed: [] };
  }
  const lines = [`Miss: no usable entry had key ${lookup.key.slice(0, 12)}${lookup.note ? ` (${lookup.note})` : ''}.`];
  const candidates = store
    .cacheEntriesOfStep(lookup.workflowName, lookup.stepName)
    .filter((entry) => !(entry.runId === lookup.runId && entry.stepId === lookup.stepId) && entry.createdAt <= lookup.at);
  if (candidates.length === 0) {
    if (!lookup.note) lines.push(`Step "${lookup.stepName}" of workflow "${lookup.workflowName}" had never finished with memoization on before.`);
    return { ...base, outcome: 'miss', lines, changed: [], added: [], removed: [] };
  }
  // The closest earlier entry: fewest parts that differ, newest on a tie.
  const diff = (parts: Readonly<Record<string, string>>) => {
    const names = new Set([...Object.keys(parts), ...Object.keys(lookup.parts)]);
    const changed: string[] = [];
    const added: string[] = [];
    const removed: string[] = [];
    for (const name of [...names].sort()) {
      const before = ownValue(parts, name);
      const now = ownValue(lookup.parts, name);
      if (before === undefined) added.push(name);
      else if (now === undefined) removed.push(name);
      else if (before !== now) changed.push(name);
    }
    return { changed, added, removed, count: changed.length + added.length + removed.length };
  };
  const closest = candidates.map((entry) => ({ entry, ...diff(entry.parts) })).sort((a, b) => a.count - b.count)[0]!;
  const { entry, changed, added, removed } = closest;
  if (closest.count === 0) lines.push(`The closest entry (run ${entry.runId}, step ${entry.stepId}) has the same parts; it was not usable then.`);
  else {
    lines.push(`Compared with the closest entry (run ${entry.runId}, step ${entry.stepId}, written ${entry.createdAt}):`);
    for (const name of changed) lines.push(`  changed: ${name}`);
    for (const name of added) lines.push(`  new:     ${name}`);
    for (const name of removed) lines.push(`  gone:    ${name}`);
  }
  return { ...base, outcome: 'miss', lines, changed, added, removed };
}

/**
 * Explains the cache lookups of a step in a run: every instance of it (map items, loop
 * iterations) when `step` is a step name, or one instance by id (`train[2]`).
 */
export function explainCache(store: StateStore, runId: string, step: string): CacheExplanation[] {
  const lookups = store.getCacheLookups(runId).filter((lookup) => lookup.stepId === step || lookup.stepName === step);
  if (lookups.length > 0) return lookups.map((lookup) => explainLookup(store, lookup));
  const instances = store.getSteps(runId).filter((record) => record.id === step || record.stepName === step);
  return instances.map((record) => ({
    stepId: record.id,
    outcome: 'not-memoized' as const,
    lines: [
      record.phase === 'Skipped' || record.phase === 'Omitted'
        ? `Not looked up: the step was ${record.phase}.`
        : 'Not looked up: memoization was off for this step. Turn it on with a cache hint (cache: {}) on the step or workflow, or --cache.',
    ],
    changed: [],
    added: [],
    removed: [],
  }));
}
