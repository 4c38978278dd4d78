import { mkdtempSync, rmSync } from 'node:fs';
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
