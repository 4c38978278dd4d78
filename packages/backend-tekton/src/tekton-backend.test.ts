import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { assertBackendConformance } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { validateTektonYaml } from './validate/validate-tekton-yaml';
import { createTektonBackend, tekton } from './tekton-backend';

const workflow: Workflow = {
  apiVersion: IR_API_VERSION,
  kind: 'Workflow',
  metadata: { name: 'hello' },
  spec: { steps: [{ name: 'say', kind: 'container', container: { image: 'alpine', command: ['echo', 'hi'] } }] },
} as Workflow;

async function rejection(run: () => PromiseLike<unknown>): Promise<CoulerError> {
  try {
    await run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CoulerError');
}

describe('tekton backend (BackendV1)', () => {
  it('passes the @couler/ir backend conformance checks', async () => {
    await assertBackendConformance(createTektonBackend());
  });

  it('writes <name>.tekton.yaml that Tekton accepts, and checks it with validate', async () => {
    const { files, warnings } = await createTektonBackend({ validate: true }).doCompile(workflow, { settings: { runStyle: 'embedded' } });
    expect(files.map((file) => file.path)).toEqual(['hello.tekton.yaml']);
    expect(warnings).toEqual([]);
    expect(validateTektonYaml(files[0]!.contents)).toEqual([]);
    expect(files[0]!.contents).toContain('kind: PipelineRun');
    expect(files[0]!.contents).not.toContain('kind: Pipeline\n');
  });

  it('refuses a construct Tekton lacks before compiling, and a bad setting', async () => {
    const cached = { ...workflow, spec: { steps: [{ ...workflow.spec.steps[0]!, cache: { ttlSeconds: 60 } }] } } as Workflow;
    const refused = await rejection(() => tekton.doCompile(cached, {}));
    expect([refused.code, refused.message]).toEqual(['UNSUPPORTED_BY_BACKEND', 'The tekton backend cannot express cache hints (memoization) ("cache"), used by "say".']);
    expect(refused.stepIds).toEqual(['say']);
    expect(refused.hint).toBe('Tekton has no memoization of task results: every run runs every task. Compile for the local engine or Argo, which honour "cache" (Argo memoizes by a key of the inputs), or remove "cache" from the step for Tekton.');
    // Several unsupported uses are still reported at once, each with its own hint.
    const both = await rejection(() => tekton.doCompile({ ...cached, spec: { ...cached.spec, parallelism: 2 } } as Workflow, {}));
    expect(both.errors?.map((error) => error.hint?.slice(0, 28))).toEqual(['Tekton has no memoization of', 'Remove it from the workflow ']);
    const invalid = await rejection(() => tekton.doCompile(workflow, { settings: { runStyle: 'inline' } }));
    expect([invalid.code, invalid.message]).toEqual(['INVALID_FIELD', 'runStyle must be "reference" or "embedded", not "inline".']);
  });
});
