import type { Scalar } from '@couler/ir';

type Item = Scalar | Record<string, Scalar>;

/**
 * The axes of record items that are exactly every combination of their fields' values, in
 * `itertools.product` order over the fields as the IR keeps them (sorted; the last varies
 * fastest) — what the DSL's `map(…, { combine: 'product' })` writes. Undefined otherwise.
 *
 * Tekton fans `matrix.params` out with the FIRST param varying fastest
 * (`Matrix.FanOut` → `Combinations.distribute` in pkg/apis/pipeline/v1/matrix_types.go), so the
 * axes come back last field first: then TaskRun `i` is item `i`, which fan-in relies on.
 */
export function productAxes(items: ReadonlyArray<Item>): Array<{ key: string; values: string[] }> | undefined {
  const first = items[0];
  if (items.length < 2 || typeof first !== 'object') return undefined;
  const keys = Object.keys(first);
  if (keys.length < 2) return undefined;
  const axes = keys.map((key) => ({ key, values: [] as string[] }));
  for (const item of items) {
    if (typeof item !== 'object' || Object.keys(item).length !== keys.length) return undefined;
    for (const axis of axes) {
      if (!Object.hasOwn(item, axis.key)) return undefined;
      const text = String(item[axis.key]);
      if (!axis.values.includes(text)) axis.values.push(text);
    }
  }
  if (axes.reduce((count, axis) => count * axis.values.length, 1) !== items.length) return undefined;
  // Item i is the mixed-radix number i over the axes, the last axis the lowest digit.
  for (const [index, item] of items.entries()) {
    let rest = index;
    for (let position = axes.length - 1; position >= 0; position -= 1) {
      const axis = axes[position]!;
      if (String((item as Record<string, Scalar>)[axis.key]) !== axis.values[rest % axis.values.length]) return undefined;
      rest = Math.floor(rest / axis.values.length);
    }
  }
  return axes.reverse();
}
