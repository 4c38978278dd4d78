import { readdirSync, readFileSync } from 'node:fs';

/** Whether `pid` is a step process of `runId` (its environment says so), on systems with /proc. */
export function isStepOf(pid: number, runId: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`COULER_RUN_ID=${runId}`);
  } catch {
    return false;
  }
}

/**
 * Every process of this user still running for `runId` — steps and whatever they started — found
 * by the `COULER_RUN_ID` every step process gets, on systems with /proc (elsewhere none). A
 * dead engine may have started a step without recording its pid (the pid travels from the
 * launcher, and is committed with the next batch of writes): this finds those too.
 */
export function stepProcessesOf(runId: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid && isStepOf(Number(entry), runId)).map(Number);
}
