import { describe, expect, it } from 'vitest';
import { productAxes } from './matrix-axes';

/** Tekton's Matrix.FanOut (matrix_types.go): the first param varies fastest. */
function tektonFanOut(params: ReadonlyArray<{ key: string; values: string[] }>): Array<Record<string, string>> {
  let combinations: Array<Record<string, string>> = [];
  for (const param of params) {
    combinations = combinations.length === 0 ? param.values.map((value) => ({ [param.key]: value })) : param.values.flatMap((value) => combinations.map((combination) => ({ ...combination, [param.key]: value })));
  }
  return combinations;
}

describe('productAxes', () => {
  it('finds the axes of a full product, in the order that makes Tekton’s TaskRun i item i', () => {
    const items = [0.1, 0.01].flatMap((lr) => [32, 64, 128].flatMap((batch) => ['a', 'b'].map((opt) => ({ batch, lr, opt }))));
    // The IR keeps record keys sorted; the DSL writes the product over them, the last fastest.
    const sorted = [32, 64, 128].flatMap((batch) => [0.1, 0.01].flatMap((lr) => ['a', 'b'].map((opt) => ({ batch, lr, opt }))));
    const axes = productAxes(sorted)!;
    expect(axes.map((axis) => axis.key)).toEqual(['opt', 'lr', 'batch']);
    const fanned = tektonFanOut(axes);
    expect(fanned).toEqual(sorted.map((item) => ({ batch: String(item.batch), lr: String(item.lr), opt: item.opt })));
    expect(productAxes(items)).toBeUndefined();
  });

  it('is undefined for what is not exactly every combination: zipped lists, a missing one, plain items, one field', () => {
    expect(productAxes([{ a: 1, b: 'x' }, { a: 2, b: 'y' }])).toBeUndefined();
    expect(productAxes([{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2, b: 'x' }])).toBeUndefined();
    expect(productAxes([{ a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 2, b: 'x' }, { a: 2, c: 'y' } as never])).toBeUndefined();
    expect(productAxes(['x', 'y'])).toBeUndefined();
    expect(productAxes([{ a: 1 }, { a: 2 }])).toBeUndefined();
  });
});
