import { describe, expect, it } from 'vitest';
import type { JobStep, Value } from '../../schema/index';
import { kubeflowJobManifest, kubeflowJobManifestTemplate } from './kubeflow-job-manifest';

const item: Value = { ref: 'item' };
const output: Value = { ref: 'step', step: 'pick', output: 'result' };

/** A PyTorch job whose roles read the map item and another step's output, and hold the marker's text as a literal. */
const step: JobStep = {
  name: 'train',
  kind: 'job',
  job: {
    framework: 'pytorch',
    image: 'trainer:v1',
    args: ['--tag', item, '@couler-arg-0-0-'],
    replicas: {
      Master: { replicas: 1, args: [output, '--lr', item] },
      Worker: { replicas: 2 },
    },
  },
};

describe('kubeflowJobManifestTemplate', () => {
  it('fills back to the manifest: each run-time value JSON-escaped in its string, in the order the JSON holds them', () => {
    const { pieces, values } = kubeflowJobManifestTemplate(step, 'train');
    expect(values).toEqual([output, item, item]);
    expect(pieces).toHaveLength(values.length + 1);
    const text = (value: Value) => (value === item ? 'it\'s "7"\n' : typeof value === 'string' ? value : 'picked');
    const filled = pieces.map((piece, index) => piece + (index < values.length ? JSON.stringify(text(values[index]!)).slice(1, -1) : '')).join('');
    expect(JSON.parse(filled)).toEqual(kubeflowJobManifest(step, 'train', text));
  });

  it('keeps a literal that looks like its marker as it is', () => {
    const { pieces } = kubeflowJobManifestTemplate(step, 'train');
    expect(pieces.join('')).toContain('"@couler-arg-0-0-"');
  });
});
