import type { StepOutputs, StepRecord } from '../state/state-records';

/** What a memoized result weighs: its artifacts, result and output parameters (as the engine counts a cache entry). */
export function outputBytes(outputs: StepOutputs): number {
  return (
    Object.values(outputs.artifacts).reduce((sum, artifact) => sum + artifact.size, 0) +
    (outputs.result?.length ?? 0) +
    Object.values(outputs.parameters).reduce((sum, value) => sum + value.length, 0)
  );
}

/** Seconds a step instance took from start to finish (inputs, process, outputs); undefined while unfinished. */
export function stepSeconds(record: Pick<StepRecord, 'startedAt' | 'finishedAt'>): number | undefined {
  if (record.startedAt === undefined || record.finishedAt === undefined) return undefined;
  return Math.max(0, Date.parse(record.finishedAt) - Date.parse(record.startedAt)) / 1000;
}
