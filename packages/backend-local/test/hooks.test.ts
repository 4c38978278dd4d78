import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { local } from '../src/index';

const irWorkflow = (spec: object): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'hooked' }, spec }) as Workflow;

const step = (name: string, extra: object = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo', name] }, ...extra });

// The local engine does not run hooks or change its failure policy yet: such a workflow is
// refused before anything runs, rather than run without the handler or with another policy.
describe('hooks and failFast on the local engine', () => {
  it.each([
    ['an exit hook', irWorkflow({ steps: [step('train'), step('notify', { hook: { of: 'train', on: 'exit' } })] }), 'a step run when another step ends', ['steps', 'notify', 'hook']],
    ['a status hook', irWorkflow({ steps: [step('train'), step('alert', { hook: { on: { status: ['Failed'] } } })] }), "a step run when another step's or the workflow's status", ['steps', 'alert', 'hook']],
    ['failFast', irWorkflow({ steps: [step('train')], failFast: false }), 'whether a failed step stops the scheduling', ['failFast']],
  ])('refuses %s, saying which construct and where', async (_what, workflow, construct, path) => {
    const error = await local.doCompile(workflow, {}).then(() => undefined, (caught: unknown) => caught);
    expect(CoulerError.isInstance(error)).toBe(true);
    expect((error as CoulerError).code).toBe('UNSUPPORTED_BY_BACKEND');
    const text = JSON.stringify(error);
    expect(text).toContain(construct);
    expect(text).toContain(JSON.stringify(path));
  });
});
