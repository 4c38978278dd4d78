import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { afterEach } from 'vitest';
import type { EngineEvent } from '../../src/engine/engine-event';

/** A fresh Couler home (and a scratch directory) per test, removed afterwards. */
export function useTempDirs(): { home: () => string; scratch: () => string } {
  let dirs: { home: string; scratch: string } | undefined;
  afterEach(() => {
    if (dirs) {
      rmSync(dirs.home, { recursive: true, force: true });
      rmSync(dirs.scratch, { recursive: true, force: true });
    }
    dirs = undefined;
  });
  const get = () => (dirs ??= { home: mkdtempSync(join(tmpdir(), 'couler-home-')), scratch: mkdtempSync(join(tmpdir(), 'couler-scratch-')) });
  return { home: () => get().home, scratch: () => get().scratch };
}

export function workflowOf(name: string, steps: unknown[], spec: Record<string, unknown> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec: { steps, ...spec } } as Workflow;
}

/** A container step running `sh -c script`. */
export function sh(name: string, script: string, extra: Record<string, unknown> = {}): Step {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script] }, ...extra } as Step;
}

/** Collects engine events. */
export function eventLog(): { events: EngineEvent[]; onEvent: (event: EngineEvent) => void } {
  const events: EngineEvent[] = [];
  return { events, onEvent: (event) => events.push(event) };
}

/** A reference to parameter `name`: the workflow's, or inside a body the sub-workflow's input. */
export const input = (name: string) => ({ ref: 'parameter', name });

/** A reference to output `name` (default `result`) of `step`. */
export const output = (step: string, name = 'result') => ({ ref: 'step', step, output: name });

/** A step running `sh -c script` with `args` as $0, $1 …: how a body's inputs reach a shell. */
export const shWith = (name: string, script: string, args: unknown[], extra: Record<string, unknown> = {}) =>
  ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script], args }, ...extra }) as Step;

/** The lines the steps of a test appended to `log`, in order. */
export const runsOf = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
