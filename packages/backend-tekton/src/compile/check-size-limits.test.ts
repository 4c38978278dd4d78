import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { TEKTON_MAX_OBJECT_BYTES } from './check-size-limits';
import { compileToTekton } from './compile-to-tekton';
import type { TektonCompileOptions } from '../tekton-compile-options';
import { refusal } from '../../test/support/refusal';

/** `steps` container steps, each carrying 4000 bytes of arguments: about 4.1 KB of YAML apiece. */
function bigWorkflow(steps: number): Workflow {
  const list: Step[] = Array.from({ length: steps }, (_, index) => ({
    name: `step-${index}`,
    kind: 'container',
    container: { image: 'alpine:3.20', command: ['echo'], args: ['x'.repeat(4000)] },
    ...(index > 0 && { dependencies: [`step-${index - 1}`] }),
  }) as Step);
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'big' }, spec: { steps: list } } as Workflow;
}


describe('objects Kubernetes cannot store', () => {
  it('a Pipeline over 1.5 MiB is a compile error naming its size, suggesting separate Tasks or couler split', () => {
    const error = refusal(() => compileToTekton(bigWorkflow(400)));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toMatch(/^The tekton backend cannot express workflow "big": its Pipeline "big" is 1\.\d\d MiB, and the Kubernetes API server stores at most 1\.50 MiB per object \(etcd's default --max-request-bytes\) \("workflow\.size"\)\.$/);
    expect(error.hint).toBe("Compile with taskStyle: separate (each step's Task an object of its own), or split the workflow into smaller ones: `couler split` (@couler/optimizer-split) does it for you.");
  });

  it('with separate Tasks the same workflow fits: every object is small', () => {
    const { documents, warnings } = compileToTekton(bigWorkflow(400), { taskStyle: 'separate' });
    expect(documents).toHaveLength(402);
    expect(Math.max(...documents.map((document) => Buffer.byteLength(JSON.stringify(document))))).toBeLessThan(TEKTON_MAX_OBJECT_BYTES / 2);
    expect(warnings).toEqual([]);
  });

  it('an embedded PipelineRun that fits, but not with the pipeline spec Tekton copies into its status: an error', () => {
    const error = refusal(() => compileToTekton(bigWorkflow(220), { runStyle: 'embedded' }));
    expect(error.message).toMatch(/^The tekton backend cannot express workflow "big" as one run: Tekton copies its \d+ KiB pipeline spec into the status of its \d+ KiB PipelineRun, which with the status of up to 220 TaskRuns comes to about 1\.\d\d MiB, over the 1\.50 MiB the API server stores per object; the run would fail when it starts \("workflow\.size"\)\.$/);
    expect(error.hint).toContain('with runStyle: reference (the PipelineRun then only names the Pipeline)');
  });

  it('a referenced Pipeline over 768 KiB compiles, with a warning that kubectl apply would double it', () => {
    const options: TektonCompileOptions = { runStyle: 'reference' };
    const { warnings } = compileToTekton(bigWorkflow(220), options);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^The Pipeline "big" of workflow "big" is \d+ KiB: `kubectl apply` keeps a second copy of it in an annotation and would pass the 1\.50 MiB the API server stores per object\. Create it with `couler submit`, `kubectl create` or `kubectl apply --server-side`; or split the workflow/);
    expect(compileToTekton(bigWorkflow(100), options).warnings).toEqual([]);
  });

  it('counts every combination of a literal matrix as a TaskRun in the run\'s status', () => {
    expect(() => compileToTekton(bigWorkflow(170), { runStyle: 'embedded' })).not.toThrow();
    const mapped = bigWorkflow(170);
    (mapped.spec.steps[0] as { map?: unknown }).map = { items: Array.from({ length: 256 }, (_, index) => `shard-${index}`) };
    const error = refusal(() => compileToTekton(mapped, { runStyle: 'embedded' }));
    expect(error.message).toContain('with the status of up to 425 TaskRuns');
  });
});
