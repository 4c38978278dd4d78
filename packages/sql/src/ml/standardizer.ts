/** Scales each feature to mean 0 and deviation 1, learnt on the training rows only. */
export class Standardizer {
  constructor(
    public means: number[] = [],
    public deviations: number[] = [],
  ) {}

  fit(rows: ReadonlyArray<ReadonlyArray<number>>): this {
    const columns = rows[0]?.length ?? 0;
    this.means = Array.from({ length: columns }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0) / rows.length);
    this.deviations = Array.from({ length: columns }, (_, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j]! - this.means[j]!) ** 2, 0) / rows.length) || 1);
    return this;
  }

  transform(rows: ReadonlyArray<ReadonlyArray<number>>): number[][] {
    return rows.map((row) => row.map((value, j) => (value - this.means[j]!) / this.deviations[j]!));
  }
}
