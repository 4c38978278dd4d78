import { equal, map, runContainer, when, workflow, type ItemHandle } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { refusal } from './support/refusal';

describe('a condition on the map item', () => {
  it("is refused with Tekton's own reason: a matrixed task's when is evaluated once, before it fans out", () => {
    const perItem = workflow('per-item', () => {
      map((item: ItemHandle) => when(equal(item, 'b'), () => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [item] })), ['a', 'b']);
    });
    const error = refusal(() => compileChecked(perItem));
    expect([error.code, error.message]).toEqual(['UNSUPPORTED_BY_BACKEND', 'The tekton backend cannot express a condition on the map item ("when"), used by "train".']);
    expect(error.hint).toContain('once, before it fans out');
  });
});
