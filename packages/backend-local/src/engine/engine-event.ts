import type { RunPhase, StepPhase } from './step-phase';

/**
 * What the engine reports while it runs, in order. The CLI renders these as a live view on a
 * TTY, as plain lines, or as JSON lines (`--json`); every event is plain, serializable data.
 */
export type EngineEvent =
  | { readonly type: 'run-started'; readonly runId: string; readonly workflow: string; readonly steps: ReadonlyArray<string>; readonly resumed: boolean; readonly at: string }
  | { readonly type: 'notice'; readonly runId: string; readonly message: string; readonly stepId?: string }
  | { readonly type: 'step-started'; readonly runId: string; readonly stepId: string; readonly stepName: string; readonly attempt: number; readonly at: string }
  | { readonly type: 'step-log'; readonly runId: string; readonly stepId: string; readonly stream: 'stdout' | 'stderr'; readonly line: string }
  | {
      readonly type: 'step-retrying';
      readonly runId: string;
      readonly stepId: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | {
      /** Bytes of a remote artifact moved so far (at most a few a second per artifact, and the last). */
      readonly type: 'artifact-progress';
      readonly runId: string;
      readonly stepId: string;
      readonly artifact: string;
      readonly direction: 'download' | 'upload';
      readonly bytes: number;
      readonly totalBytes?: number;
    }
  | {
      readonly type: 'step-finished';
      readonly runId: string;
      readonly stepId: string;
      readonly stepName: string;
      readonly phase: StepPhase;
      readonly message?: string;
      readonly exitCode?: number;
      readonly durationMs: number;
      readonly at: string;
    }
  | { readonly type: 'run-finished'; readonly runId: string; readonly phase: RunPhase; readonly message?: string; readonly durationMs: number; readonly at: string; readonly outputs?: Readonly<Record<string, string>> };

export type EngineEventListener = (event: EngineEvent) => void;
