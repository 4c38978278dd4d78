import { CoulerError } from '@couler/ir';
import { subWorkflowArtifacts } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compilerRefusal } from './support/compiler-refusal';

describe('artifacts in and out of sub-workflows on Airflow', () => {
  it('refuses each call that passes artifacts into or out of a definition, rather than writing a DAG without the files', () => {
    const error = compilerRefusal(subWorkflowArtifacts());
    expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect((error.errors ?? [error]).map((inner) => inner.path?.join('/'))).toEqual(['steps/fit-a/subWorkflow/artifacts', 'steps/fit-b/subWorkflow/artifacts', 'steps/nested/subWorkflow/artifacts', 'steps/sweep/subWorkflow/artifacts']);
    expect(error.errors?.[0]?.message).toContain('an Airflow task group takes and returns XCom values');
  });

  it('refuses a call of a definition that declares artifacts even when no body step reads them', () => {
    const workflow = subWorkflowArtifacts();
    const fit = workflow.spec.subWorkflows!.find((definition) => definition.name === 'fit')!;
    const quiet = { ...fit, steps: [{ name: 'train', kind: 'container' as const, container: { image: 'alpine:3.20', command: ['true'] } }], outputs: undefined };
    const steps = workflow.spec.steps.filter((step) => step.name === 'prepare' || step.name === 'fit-a').map((step) => (step.kind === 'subWorkflow' ? { ...step, subWorkflow: { name: 'fit', artifacts: step.subWorkflow.artifacts } } : step));
    const error = compilerRefusal({ ...workflow, spec: { steps, subWorkflows: [quiet] } });
    const refusals = (error.errors ?? [error]).map((inner) => [inner.path?.join('/'), inner.message]);
    expect(refusals).toEqual([['steps/fit-a/subWorkflow/artifacts', expect.stringContaining('an Airflow task group takes and returns XCom values')]]);
  });
});
