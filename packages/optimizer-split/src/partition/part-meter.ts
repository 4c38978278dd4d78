import type { ResolvedSplitBudget } from '../budget/split-budget';
import { unitOverBudget, type SplitGraph } from '../graph/split-graph';

/**
 * The budget of the part being filled, kept up to date as units join it: O(reads of the unit)
 * per check, never a re-serialisation. A unit's cost is its own estimate, plus its dependencies
 * on units of the same part, plus a parameter for each output it reads from a unit placed in an
 * earlier part (once per part).
 */
export class PartMeter {
  /** Part of each unit; -1 until placed. */
  readonly partOf: Int32Array;
  part = -1;
  bytes = 0;
  steps = 0;
  pods = 0;
  private readonly importedIn: Int32Array;

  constructor(
    private readonly graph: SplitGraph,
    private readonly budget: ResolvedSplitBudget,
  ) {
    this.partOf = new Int32Array(graph.members.length).fill(-1);
    this.importedIn = new Int32Array(graph.keys.length).fill(-1);
  }

  /** Bytes `unit` adds to the current part: its estimate and the crossings it opens. */
  private bytesOf(unit: number): number {
    let bytes = this.graph.unitBytes[unit]!;
    for (const dependency of this.graph.dependencies[unit]!) if (this.partOf[dependency.unit] === this.part) bytes += dependency.bytes;
    for (const read of this.graph.reads[unit]!) {
      if (this.partOf[read.producerUnit] !== this.part && this.importedIn[read.key] !== this.part) bytes += this.graph.keys[read.key]!.importBytes;
    }
    return bytes;
  }

  /** Whether `unit` fits into the current part (an empty part when none is open yet). */
  fits(unit: number): boolean {
    if (this.part < 0) return false;
    return (
      this.steps + this.graph.unitSteps[unit]! <= this.budget.steps &&
      this.pods + this.graph.unitPods[unit]! <= this.budget.pods &&
      this.bytes + this.bytesOf(unit) <= this.budget.bytes
    );
  }

  add(unit: number): void {
    this.bytes += this.bytesOf(unit);
    this.steps += this.graph.unitSteps[unit]!;
    this.pods += this.graph.unitPods[unit]!;
    for (const read of this.graph.reads[unit]!) {
      if (this.partOf[read.producerUnit] !== this.part) this.importedIn[read.key] = this.part;
    }
    this.partOf[unit] = this.part;
  }

  /** Opens a new, empty part. */
  open(): void {
    this.part++;
    this.bytes = this.graph.frameBytes;
    this.steps = 0;
    this.pods = 0;
  }

  /**
   * Adds `unit` to the current part, or to a new one when it does not fit.
   *
   * @throws CoulerError `INVALID_FIELD` when the unit does not fit even an empty part.
   */
  place(unit: number): void {
    if (!this.fits(unit)) {
      this.open();
      if (!this.fits(unit)) throw this.overBudget(unit);
    }
    this.add(unit);
  }

  get partCount(): number {
    return this.part + 1;
  }

  private overBudget(unit: number) {
    const graph = this.graph;
    if (graph.unitSteps[unit]! > this.budget.steps) return unitOverBudget(graph, unit, 'steps', graph.unitSteps[unit]!, this.budget.steps);
    if (graph.unitPods[unit]! > this.budget.pods) return unitOverBudget(graph, unit, 'pods', graph.unitPods[unit]!, this.budget.pods);
    return unitOverBudget(graph, unit, 'bytes', this.bytes + this.bytesOf(unit), this.budget.bytes);
  }
}
