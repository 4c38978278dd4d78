import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createTektonBackend } from '../src/index';

const step = (synchronization?: object) => ({ name: 'train', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'] }, ...(synchronization && { synchronization }) });
const irWorkflow = (spec: object): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'locked' }, spec }) as Workflow;

async function refusalOf(workflow: Workflow): Promise<CoulerError> {
  const error = await createTektonBackend({ validate: true }).doCompile(workflow, {}).then(() => undefined, (caught: unknown) => caught);
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

describe('synchronization on Tekton', () => {
  it.each([
    ['the run', irWorkflow({ steps: [step()], synchronization: { mutexes: [{ name: 'nightly' }] } }), ['synchronization']],
    ['a step', irWorkflow({ steps: [step({ semaphores: [{ name: 'gpus', limit: 2 }] })] }), ['steps', 'train', 'synchronization']],
  ])('refuses a lock on %s with Tekton\'s reason and where to go instead', async (_where, workflow, path) => {
    const error = await refusalOf(workflow);
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    const text = JSON.stringify(error);
    expect(text).toContain('Tekton has no synchronization primitive');
    expect(text).toContain('Compile for Argo (synchronization) or Airflow (pools, per step)');
    expect(text).toContain(JSON.stringify(path));
  });
});
