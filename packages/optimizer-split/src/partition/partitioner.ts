import type { ResolvedSplitBudget } from '../budget/split-budget';
import type { SplitGraph } from '../graph/split-graph';

/**
 * Assigns every unit of the graph to a part. Parts must be numbered so that a part only depends
 * on parts with smaller numbers (every partitioner here fills parts along a topological order,
 * which gives that for free), and each must fit the budget.
 */
export type Partitioner = (graph: SplitGraph, budget: ResolvedSplitBudget) => { partOf: Int32Array; partCount: number };
