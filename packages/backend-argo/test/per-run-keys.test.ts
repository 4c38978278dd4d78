import { IR_API_VERSION, type ArtifactLocation, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { substitute } from './support/simulate-argo';

/** An emitted output artifact: one location field (`s3`, `oss`, `gcs`) holding the key. */
type EmittedArtifact = Record<string, { key: string }>;

/** Literal text of a key that means something to Argo's templating, YAML or a shell. */
const HOSTILE = ['{{workflow.name}}/', '{{=1+1}}', "it's \"x\"/", '$(id)/', '{% raw %}', 'ü 🚀/', 'a{{b}}c}}'];
const UID = { ref: 'workflow', field: 'uid' } as const;

function writer(location: ArtifactLocation): Workflow {
  return {
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'per-run' },
    spec: { steps: [{ name: 'train', kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } }] },
  } as Workflow;
}

describe('artifact keys that name the run', () => {
  it.each(HOSTILE)('writes the run id as {{workflow.uid}} and keeps %j as text, for S3, OSS and GCS', (text) => {
    const key = { concat: ['models/', text, UID, '/model.pkl'] };
    for (const location of [
      { type: 's3', bucket: 'models', key },
      { type: 'oss', bucket: 'models', key, endpoint: 'oss.example.com' },
      { type: 'gcs', bucket: 'models', key },
    ] as ArtifactLocation[]) {
      const { template } = compileChecked(writer(location));
      const [artifact] = (template('train') as unknown as { outputs: { artifacts: EmittedArtifact[] } }).outputs.artifacts;
      const written = artifact![location.type]!.key;
      expect(written).toContain('{{workflow.uid}}');
      // What Argo's substitution makes of it in two runs (the escape of `{{` is an expression that reads inputs.parameters).
      expect(substitute(written, { 'workflow.uid': 'uid-1', 'inputs.parameters.p': 'v' })).toBe(`models/${text}uid-1/model.pkl`);
      expect(substitute(written, { 'workflow.uid': 'uid-2', 'inputs.parameters.p': 'v' })).toBe(`models/${text}uid-2/model.pkl`);
    }
  });

  it('compiles a literal key byte for byte as before', () => {
    const { template } = compileChecked(writer({ type: 's3', bucket: 'models', key: 'models/model.pkl' }));
    expect((template('train') as unknown as { outputs: { artifacts: EmittedArtifact[] } }).outputs.artifacts[0]!.s3!.key).toBe('models/model.pkl');
  });
});
