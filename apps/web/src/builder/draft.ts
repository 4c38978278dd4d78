import type { FieldValues } from './form-schema';
import type { RegisteredStepData } from './registered-entry';

/** A condition on a step: run only when an upstream step's output compares so to a value. */
export interface DraftCondition {
  readonly step: string;
  readonly output: string;
  readonly op: 'equal' | 'notEqual' | 'bigger' | 'smaller' | 'biggerEqual' | 'smallerEqual';
  readonly value: string;
}

/** One node of the builder's canvas. */
export interface DraftStep {
  readonly name: string;
  readonly zooId: string;
  /** Placed from the tenant's step registry: what the step was when placed (the draft does not change when the registry does). */
  readonly registered?: RegisteredStepData;
  readonly values: FieldValues;
  readonly position: { readonly x: number; readonly y: number };
  readonly when?: DraftCondition;
  /** Fan-out: run once per item (comma-separated), each seeing its item as $ITEM. */
  readonly fanOut?: string;
}

/** What the builder holds: the workflow being built, before it is IR. */
export interface Draft {
  readonly name: string;
  readonly steps: ReadonlyArray<DraftStep>;
  readonly edges: ReadonlyArray<{ readonly source: string; readonly target: string }>;
}

export const fanOutItems = (fanOut: string | undefined): string[] => (fanOut ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/** Steps connected into `name`, in the order they were connected. */
export const upstreamOf = (draft: Draft, name: string): string[] => draft.edges.filter((edge) => edge.target === name).map((edge) => edge.source);
