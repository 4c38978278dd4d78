import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { local } from '../src/index';

const irWorkflow = (spec: object): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'locked' }, spec }) as Workflow;
const step = (synchronization?: object) => ({ name: 'train', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'] }, ...(synchronization && { synchronization }) });

// The local engine does not take locks across runs yet: a workflow with locks is refused before
// anything runs, rather than run without the exclusion it asks for.
describe('synchronization on the local engine', () => {
  it.each([
    ['the run', irWorkflow({ steps: [step()], synchronization: { mutexes: [{ name: 'nightly' }] } }), ['synchronization']],
    ['a step', irWorkflow({ steps: [step({ semaphores: [{ name: 'gpus', limit: 2 }] })] }), ['steps', 'train', 'synchronization']],
  ])('refuses a lock on %s, saying which construct and where', async (_where, workflow, path) => {
    const error = await local.doCompile(workflow, {}).then(() => undefined, (caught: unknown) => caught);
    expect(CoulerError.isInstance(error)).toBe(true);
    const text = JSON.stringify(error);
    expect((error as CoulerError).code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(text).toContain('mutexes and semaphores held by a run or a step across runs');
    expect(text).toContain(JSON.stringify(path));
  });
});
