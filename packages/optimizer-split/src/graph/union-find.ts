/** Disjoint sets over 0…n-1 with path halving and union by size: near O(1) per operation. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let index = 0; index < count; index++) this.parent[index] = index;
  }

  find(item: number): number {
    const parent = this.parent;
    while (parent[item] !== item) {
      parent[item] = parent[parent[item]!]!;
      item = parent[item]!;
    }
    return item;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA]! += this.size[rootB]!;
  }
}
