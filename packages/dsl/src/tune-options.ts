import { TUNE_GOALS, type Scalar, type SearchDimension, type TuneSpec, type WorkflowParameter } from '@couler/ir';
import { dslError, isParameterHandle, type ParameterHandle } from './handles';
import { checkOptions } from './internal/check-options';
import { describe } from './values';

/**
 * The values a hyperparameter may take: a list of choices (`[3, 6, 9]`), or a range
 * (`{ min: 0.001, max: 0.3, log: true }`). A range is of whole numbers when `integer` says so
 * or, unsaid, when the parameter was declared with `type: 'integer'`.
 */
export type SearchDimensionInput = Scalar[] | { choices: Scalar[] } | { min: number; max: number; integer?: boolean; log?: boolean };

/**
 * Marks a step as tunable (paper §IV.C): `couler tune` and the tuning pass of
 * `@couler/tuner-llm` pick values for the workflow parameters named in `space`, which the step
 * must read, to reach the best `metric` the step outputs.
 *
 *   const trees = parameter('trees', { type: 'integer', default: 25 });
 *   runContainer({ …, args: [trees], output: createParameterArtifact('/out/metrics.json'),
 *     tune: { space: { trees: { min: 5, max: 200, log: true } }, metric: 'accuracy', goal: 'maximize' } });
 */
export interface TuneInput {
  /** Hyperparameters, by the name of the workflow parameter holding each. */
  space: Record<string, SearchDimensionInput>;
  /** What the step measures: `accuracy`, `loss` … */
  metric: string;
  goal: 'maximize' | 'minimize';
  /** The output parameter holding the metric (a number, or JSON with the metric as a key). Default: the one named like the metric, else the only one. */
  output?: string;
  /** A parameter setting how much a trial trains (epochs, trees), for successive halving. */
  fidelity?: { parameter: string | ParameterHandle; min: number; max: number };
}

const TUNE_KEYS = { space: true, metric: true, goal: true, output: true, fidelity: true } as const satisfies Record<keyof TuneInput, true>;
const RANGE_KEYS = { min: true, max: true, integer: true, log: true } as const;
const FIDELITY_KEYS = { parameter: true, min: true, max: true } as const satisfies Record<keyof NonNullable<TuneInput['fidelity']>, true>;
const EXAMPLE = "tune: { space: { trees: { min: 5, max: 200, log: true }, depth: [3, 6, 9] }, metric: 'accuracy', goal: 'maximize' }";

/** `tune` as IR; the declared parameters decide whether a range is of integers. */
export function toTuneSpec(input: TuneInput, api: string, parameters: ReadonlyMap<string, WorkflowParameter>): TuneSpec {
  if (typeof input !== 'object' || input === null) throw dslError('INVALID_DSL_USAGE', `${api}({ tune }) must be an object; got ${describe(input)}.`, { hint: EXAMPLE });
  checkOptions(`${api}({ tune })`, input, TUNE_KEYS);
  if (typeof input.space !== 'object' || input.space === null || Array.isArray(input.space)) {
    throw dslError('INVALID_DSL_USAGE', `${api}({ tune.space }) must map parameter names to their values; got ${describe(input.space)}.`, { hint: EXAMPLE });
  }
  if (typeof input.metric !== 'string' || input.metric === '') throw dslError('INVALID_DSL_USAGE', `${api}({ tune.metric }) must name the metric to optimize, e.g. 'accuracy'; got ${describe(input.metric)}.`);
  if (!TUNE_GOALS.includes(input.goal)) throw dslError('INVALID_DSL_USAGE', `${api}({ tune.goal }) must be 'maximize' or 'minimize'; got ${describe(input.goal)}.`);
  const space: Record<string, SearchDimension> = {};
  for (const [name, dimension] of Object.entries(input.space)) space[name] = toDimension(dimension, `${api}({ tune.space.${name} })`, parameters.get(name));
  const { fidelity } = input;
  if (fidelity !== undefined) checkOptions(`${api}({ tune.fidelity })`, fidelity, FIDELITY_KEYS);
  return {
    space,
    metric: input.metric,
    goal: input.goal,
    ...(input.output !== undefined && { output: input.output }),
    ...(fidelity && { fidelity: { parameter: isParameterHandle(fidelity.parameter) ? fidelity.parameter.name : fidelity.parameter, min: fidelity.min, max: fidelity.max } }),
  };
}

function toDimension(input: SearchDimensionInput, where: string, parameter: WorkflowParameter | undefined): SearchDimension {
  if (Array.isArray(input)) return { type: 'choice', values: checkChoices(input, where) };
  if (typeof input !== 'object' || input === null) throw dslError('INVALID_DSL_USAGE', `${where} must be a list of choices or { min, max }; got ${describe(input)}.`, { hint: EXAMPLE });
  if ('choices' in input) {
    checkOptions(where, input, { choices: true });
    return { type: 'choice', values: checkChoices(input.choices, where) };
  }
  checkOptions(where, input, RANGE_KEYS);
  if (typeof input.min !== 'number' || typeof input.max !== 'number' || !Number.isFinite(input.min) || !Number.isFinite(input.max)) {
    throw dslError('INVALID_DSL_USAGE', `${where} needs finite numbers min and max; got min ${describe(input.min)}, max ${describe(input.max)}.`);
  }
  const integer = input.integer ?? parameter?.type === 'integer';
  return { type: integer ? 'integer' : 'number', min: input.min, max: input.max, ...(input.log && { log: true }) };
}

function checkChoices(values: unknown, where: string): Scalar[] {
  if (!Array.isArray(values) || values.length === 0 || !values.every((value) => ['string', 'number', 'boolean'].includes(typeof value))) {
    throw dslError('INVALID_DSL_USAGE', `${where} must list at least one choice, each a string, number or boolean; got ${describe(values)}.`);
  }
  return values as Scalar[];
}
