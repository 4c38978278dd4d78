import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { KUBERNETES_MAX_ANNOTATION_BYTES } from './check-annotation-size';
import { compileToArgo } from './compile-to-argo';

describe('annotation size', () => {
  it("refuses a step's annotations over 256 KiB, which its pod could not carry, and lets 256 KiB through", () => {
    const key = 'note';
    const fits = irWorkflow('notes', [container('a', { annotations: { [key]: 'n'.repeat(KUBERNETES_MAX_ANNOTATION_BYTES - key.length) } })]);
    expect(compileToArgo(fits).document).toBeDefined();
    const over = irWorkflow('notes', [container('a', { annotations: { [key]: 'n'.repeat(KUBERNETES_MAX_ANNOTATION_BYTES - key.length + 1) } })]);
    const error = thrown(() => compileToArgo(over));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'annotations'], stepIds: ['a'] });
    expect(error.message).toContain('at most 256 KiB per object');
  });

  it("counts the workflow's description with its annotations", () => {
    const workflow = irWorkflow('described', [container('a')], {}, { description: 'd'.repeat(200 * 1024), annotations: { extra: 'e'.repeat(100 * 1024) } });
    expect(thrown(() => compileToArgo(workflow))).toMatchObject({ path: ['metadata', 'annotations'] });
  });
});
