// The Palmer penguins table as vega-datasets ships it: one object per bird.

export const TARGET = 'Species';
export const FEATURES = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'];

/**
 * The birds with every measurement, as `{ x, y }` rows (`y` indexes the sorted species).
 * Birds missing a measurement are left out and counted.
 */
export function toDataset(records, source) {
  if (!Array.isArray(records)) throw new Error(`${source} is not a list of records`);
  const complete = records.filter((record) => typeof record[TARGET] === 'string' && FEATURES.every((feature) => Number.isFinite(record[feature])));
  if (complete.length === 0) throw new Error(`${source} has no record with "${TARGET}" and ${FEATURES.map((f) => `"${f}"`).join(', ')}`);
  const classes = [...new Set(complete.map((record) => record[TARGET]))].sort();
  return {
    name: 'penguins',
    source,
    target: TARGET,
    features: FEATURES,
    classes,
    dropped: records.length - complete.length,
    rows: complete.map((record) => ({ x: FEATURES.map((feature) => record[feature]), y: classes.indexOf(record[TARGET]) })),
  };
}
