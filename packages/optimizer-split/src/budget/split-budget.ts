import { CoulerError } from '@couler/ir';

/**
 * The budget C of the Couler paper (§IV.B): how big one sub-workflow may be. `C = α + β + γ`
 * there; here each part is a limit of its own and a sub-workflow must stay within every one.
 */
export interface SplitBudget {
  /**
   * α: bytes of one sub-workflow's Argo YAML (a `WorkflowTemplate`). Default 512 KiB.
   *
   * The paper quotes 2 MB "in practice"; that is not safe. etcd refuses requests over about
   * 1.5 MiB (`--max-request-bytes`), and Argo keeps a workflow — its spec, the template it runs
   * (`status.storedWorkflowTemplateSpec`) and one node status of about half a kilobyte per step
   * run — in one object of at most 1 MiB. Half of that for the spec leaves room for the status
   * of the default 200 steps with their retries and map items.
   */
  readonly bytes?: number;
  /** β: steps (IR steps, not map items) in one sub-workflow. Default 200, the paper's example. */
  readonly steps?: number;
  /**
   * γ: pods one sub-workflow may start: one per container, script or resource step run, every
   * replica of a training job, times the literal items of a `map` and the iteration cap of an
   * `execWhile`. Default: no limit.
   */
  readonly pods?: number;
}

/** A budget with every limit set; `Infinity` where there is none. */
export interface ResolvedSplitBudget {
  readonly bytes: number;
  readonly steps: number;
  readonly pods: number;
}

export const DEFAULT_BUDGET_BYTES = 512 * 1024;
export const DEFAULT_BUDGET_STEPS = 200;

export const BUDGET_DIMENSIONS = ['bytes', 'steps', 'pods'] as const;
export type BudgetDimension = (typeof BUDGET_DIMENSIONS)[number];

/**
 * Fills in the defaults and checks each limit. A limit is a whole number ≥ 1, or `Infinity` to
 * lift it (the pods limit is lifted by default).
 *
 * @throws CoulerError `INVALID_FIELD` at `['budget', <limit>]` for anything else.
 */
export function resolveSplitBudget(budget: SplitBudget = {}): ResolvedSplitBudget {
  if (typeof budget !== 'object' || budget === null) {
    throw new CoulerError('INVALID_FIELD', `The split budget must be an object with bytes, steps and/or pods, not ${JSON.stringify(budget)}.`, { path: ['budget'] });
  }
  for (const key of Object.keys(budget)) {
    if (!(BUDGET_DIMENSIONS as readonly string[]).includes(key)) {
      throw new CoulerError('INVALID_FIELD', `The split budget has no limit "${key}".`, { path: ['budget', key], hint: 'Its limits are bytes, steps and pods.' });
    }
  }
  const check = (key: BudgetDimension, fallback: number): number => {
    const value = budget[key];
    if (value === undefined) return fallback;
    if (value === Number.POSITIVE_INFINITY || (typeof value === 'number' && Number.isInteger(value) && value >= 1)) return value;
    throw new CoulerError('INVALID_FIELD', `The split budget's ${key} must be a whole number of at least 1 (or Infinity for no limit), not ${JSON.stringify(value)}.`, {
      path: ['budget', key],
    });
  };
  return {
    bytes: check('bytes', DEFAULT_BUDGET_BYTES),
    steps: check('steps', DEFAULT_BUDGET_STEPS),
    pods: check('pods', Number.POSITIVE_INFINITY),
  };
}
