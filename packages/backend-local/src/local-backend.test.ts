import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type BackendV1LogLine, type Workflow } from '@couler/ir';
import { assertBackendConformance } from '@couler/ir/test';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalBackend } from './local-backend';

let home = '';
afterEach(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('createLocalBackend', () => {
  it('keeps the BackendV1 promises: deterministic compile, refusal of what it cannot run', async () => {
    await expect(assertBackendConformance(createLocalBackend())).resolves.toBeUndefined();
  });

  it('submits a run, then reports its status and logs from SQLite', async () => {
    home = mkdtempSync(join(tmpdir(), 'couler-backend-'));
    const backend = createLocalBackend({ home });
    const workflow = {
      apiVersion: IR_API_VERSION,
      kind: 'Workflow',
      metadata: { name: 'hello' },
      spec: {
        parameters: [{ name: 'who', default: 'world' }],
        steps: [{ name: 'greet', kind: 'container', container: { image: 'alpine', command: ['echo'], args: [{ concat: ['hello ', { ref: 'parameter', name: 'who' }] }] } }],
        nodeSelector: { pool: 'gpu' },
      },
    } as Workflow;
    const compiled = await backend.doCompile(workflow, {});
    expect(compiled.files.map((file) => file.path)).toEqual(['hello.local.json']);
    expect(compiled.warnings).toEqual([{ message: 'The local engine ignores node selectors.', path: ['nodeSelector'] }]);
    const handle = await backend.doSubmit!(compiled, { parameters: { who: 'couler' } });
    expect(handle.backendId).toBe('local');
    await backend.waitFor(handle);
    const status = await backend.doStatus!(handle, {});
    expect(status).toMatchObject({ phase: 'Succeeded', steps: [{ name: 'greet', phase: 'Succeeded' }] });
    const lines: BackendV1LogLine[] = [];
    for await (const line of backend.doLogs!(handle, { stepName: 'greet' })) lines.push(line);
    expect(lines).toEqual([{ stepName: 'greet', text: 'hello couler' }]);
  });
});
