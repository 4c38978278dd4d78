import { didYouMean } from '@couler/ir';
import { sqlError, type SqlSource } from '../parse/sql-syntax-error';
import type { SqlAttribute, SqlAttributeValue, TrainStatement } from '../parse/sql-statement';
import { ALGORITHM_DEFAULTS, COMMON_ATTRIBUTES, MODEL_ZOO, MODELS_NOT_RUN, type ModelAttribute, type ModelSpec } from './model-zoo';

/** What a `TO TRAIN` statement trains: the model, and the algorithm's settings after `WITH`. */
export interface ResolvedModel {
  readonly spec: ModelSpec;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** Settings every training has unless `WITH` says otherwise. */
const COMMON_DEFAULTS = { seed: 42, validationFraction: 0.2 };

/**
 * The model a `TO TRAIN` names and its settings.
 *
 * @throws CoulerError `UNKNOWN_MODEL` for a name not in the zoo (with the nearest one), or a
 *   SQLFlow model that does not run here (saying why); `INVALID_FIELD` for a `WITH` key the
 *   model does not read or a value of the wrong kind, at the key's line and column.
 */
export function resolveModel(statement: TrainStatement, sql: SqlSource): ResolvedModel {
  const spec = MODEL_ZOO.find((model) => model.estimator === statement.estimator);
  if (!spec) {
    const reason = MODELS_NOT_RUN[statement.estimator];
    const known = MODEL_ZOO.map((model) => model.estimator);
    throw sqlError(
      'UNKNOWN_MODEL',
      sql,
      statement.estimatorPosition,
      reason ? `"${statement.estimator}" is a SQLFlow model that does not run here: ${reason}.` : `There is no model named "${statement.estimator}".${didYouMean(statement.estimator, known)}`,
      `Models that train: ${known.join(', ')}.`,
    );
  }
  const settings = { ...COMMON_DEFAULTS, ...ALGORITHM_DEFAULTS[spec.algorithm], ...readAttributes(statement.attributes, [...COMMON_ATTRIBUTES, ...spec.attributes], `${spec.estimator}`, sql) };
  return { spec, settings };
}

/**
 * `WITH` values as settings, each checked against what its key accepts.
 *
 * @throws CoulerError `INVALID_FIELD` at the attribute for an unknown key or a wrong value.
 */
export function readAttributes(attributes: ReadonlyArray<SqlAttribute>, accepted: ReadonlyArray<ModelAttribute>, owner: string, sql: SqlSource): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const attribute of attributes) {
    const spec = accepted.find((candidate) => candidate.key === attribute.key);
    const keys = accepted.map((candidate) => candidate.key);
    if (!spec) {
      throw sqlError(
        'INVALID_FIELD',
        sql,
        attribute.position,
        `${owner} does not read "${attribute.key}".${didYouMean(attribute.key, keys)}`,
        keys.length === 0 ? `${owner} takes no WITH attributes.` : `It reads: ${keys.join(', ')}.`,
      );
    }
    if (seen.has(attribute.key)) throw sqlError('INVALID_FIELD', sql, attribute.position, `"${attribute.key}" is given twice.`);
    seen.add(attribute.key);
    const problem = checkValue(spec, attribute.value);
    if (problem) throw sqlError('INVALID_FIELD', sql, attribute.position, `"${attribute.key}" ${problem}; got ${JSON.stringify(attribute.value)}.`);
    settings[spec.setting] = attribute.value;
  }
  return settings;
}

function checkValue(spec: ModelAttribute, value: SqlAttributeValue): string | undefined {
  const range = `from ${spec.min} to ${spec.max}`;
  const inRange = (item: SqlAttributeValue, whole: boolean) =>
    typeof item === 'number' && Number.isFinite(item) && (!whole || Number.isInteger(item)) && item >= (spec.min ?? -Infinity) && item <= (spec.max ?? Infinity);
  switch (spec.type) {
    case 'integer':
      return inRange(value, true) ? undefined : `must be a whole number ${range}`;
    case 'number':
      return inRange(value, false) ? undefined : `must be a number ${range}`;
    case 'integer-list':
      return Array.isArray(value) && value.length > 0 && value.length <= 16 && value.every((item) => inRange(item, true))
        ? undefined
        : `must be a list of 1 to 16 whole numbers, each ${range}, such as [10, 10]`;
    case 'text':
      return typeof value === 'string' ? undefined : 'must be a string in quotes';
    case 'choice':
      return typeof value === 'string' && spec.choices!.includes(value) ? undefined : `must be one of ${spec.choices!.map((choice) => JSON.stringify(choice)).join(', ')}`;
  }
}
