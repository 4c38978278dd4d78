/**
 * Couler's cache trace: JSON Lines, one event per line, in the order they happened.
 *
 *   {"type":"workflow","name":"train","steps":[{"name":"prep","inputs":[]},{"name":"fit","inputs":["prep"]}]}
 *   {"type":"run","id":"run-1"}
 *   {"type":"artifact-produced","run":"run-1","step":"prep","version":"3f2a","bytes":2000000000,"computeSeconds":600}
 *   {"type":"artifact-read","run":"run-1","step":"fit","from":"prep","version":"3f2a","bytes":2000000000}
 *
 * - `workflow` comes first, once: the DAG (`inputs` may be left out; reads add the edges).
 * - `run` opens a run; the events after it, up to the next `run`, belong to it.
 * - `artifact-produced`: the step asked for its output at `version` (the memoization key) in this
 *   run, whether the engine computed it or served it from its cache (`cached`, informational).
 *   `bytes` is the artifact's size, `computeSeconds` what computing it took or would take.
 * - `artifact-read`: step `step` read the output of step `from`, produced earlier in the run.
 * Lines that are empty or start with `#` are skipped.
 */
export type TraceEvent = TraceWorkflowEvent | TraceRunEvent | TraceProducedEvent | TraceReadEvent;

export interface TraceWorkflowEvent {
  readonly type: 'workflow';
  readonly name: string;
  readonly steps: ReadonlyArray<{ readonly name: string; readonly inputs?: ReadonlyArray<string> }>;
}

export interface TraceRunEvent {
  readonly type: 'run';
  readonly id: string;
}

export interface TraceProducedEvent {
  readonly type: 'artifact-produced';
  readonly run: string;
  readonly step: string;
  readonly version: string;
  readonly bytes: number;
  readonly computeSeconds: number;
  readonly cached?: boolean;
}

export interface TraceReadEvent {
  readonly type: 'artifact-read';
  readonly run: string;
  readonly step: string;
  readonly from: string;
  readonly version: string;
  readonly bytes?: number;
}
