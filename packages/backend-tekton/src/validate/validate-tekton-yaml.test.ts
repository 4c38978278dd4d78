import { describe, expect, it } from 'vitest';
import { upstreamFiles, upstreamText } from '../../test/support/upstream-examples';
import { validateTektonYaml } from './validate-tekton-yaml';

describe('validateTektonYaml', () => {
  it.each(upstreamFiles())('accepts the upstream example %s', (file) => {
    expect(validateTektonYaml(upstreamText(file))).toEqual([]);
  });

  it('there are the 8 upstream examples', () => {
    expect(upstreamFiles()).toHaveLength(8);
  });
});
