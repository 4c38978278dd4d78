import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../serialization/parse-workflow';
import { validate } from '../validation/validate';
import { transferTarget } from '../emit/transfer/transfer-target';
import { describeArtifactKey, renderArtifactKey, resolveArtifactKey } from './artifact-key';
import { ArtifactKeySchema, type ArtifactLocation } from './artifact';

const UID = { ref: 'workflow', field: 'uid' } as const;

describe('artifact keys that name the run', () => {
  it("escapes literal text, joined parts together, and writes the run's id as the engine's placeholder", () => {
    const syntax = { literal: (text: string) => `<${text}>`, runId: 'RUN' };
    expect(renderArtifactKey('a/{{x}}', syntax)).toBe('<a/{{x}}>');
    expect(renderArtifactKey({ concat: ['a/', 'b/', UID, '/c', UID] }, syntax)).toBe('<a/b/>RUN</c>RUN');
    expect(resolveArtifactKey({ concat: ['m/', UID, '/x'] }, 'run-7')).toBe('m/run-7/x');
    expect(describeArtifactKey({ concat: ['m/', UID, '/x'] })).toBe('m/<run id>/x');
  });

  it('accepts a literal key or text and the run id; refuses an empty key and any other reference', () => {
    expect(ArtifactKeySchema.safeParse('k').success).toBe(true);
    expect(ArtifactKeySchema.safeParse({ concat: [UID] }).success).toBe(true);
    expect(ArtifactKeySchema.safeParse('').success).toBe(false);
    expect(ArtifactKeySchema.safeParse({ concat: [''] }).success).toBe(false);
    expect(ArtifactKeySchema.safeParse({ concat: ['a', { ref: 'workflow', field: 'name' }] }).success).toBe(false);
    expect(ArtifactKeySchema.safeParse({ concat: ['a', { ref: 'parameter', name: 'p' }] }).success).toBe(false);
  });

  it('validates a workflow whose output key names the run', () => {
    const workflow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'per-run' },
      spec: { steps: [{ name: 'a', kind: 'container', container: { image: 'alpine:3.20' }, outputs: { artifacts: [{ name: 'm', path: '/m', location: { type: 's3', bucket: 'b', key: { concat: ['m/', UID] } } }] } }] },
    };
    expect(validate(parseWorkflow(workflow))).toEqual([]);
  });

  it("gives the transfer tool's URL in the caller's syntax, and refuses a run-id key to a caller without a placeholder", () => {
    const location: ArtifactLocation = { type: 's3', bucket: 'b', key: { concat: ['m/$(x)/', UID, '/f'] } };
    expect(transferTarget(location, 'output', 'P', { literal: (text) => `'${text}'`, runId: '"$RUN"' })).toEqual({ url: `'s3://b/m/$(x)/'"$RUN"'/f'`, env: [] });
    expect(transferTarget(location, 'output', 'P')).toEqual({ refused: "its key names the run's id, which this engine cannot place in the transfer tool's URL" });
    // A literal key is one piece of text, as before.
    expect(transferTarget({ type: 'gcs', bucket: 'b', key: 'm/f' }, 'input', 'P', { literal: (text) => `'${text}'` })).toEqual({ url: "'gs://b/m/f'", env: [] });
  });
});
