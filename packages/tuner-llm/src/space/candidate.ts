import { CoulerError, type Scalar, type SearchDimension } from '@couler/ir';

/** One hyperparameter setting h_i: a value per workflow parameter of the space. */
export type Candidate = Readonly<Record<string, Scalar>>;

/** `trees=120 depth=6`, in the space's key order. */
export function formatCandidate(candidate: Candidate): string {
  return Object.entries(candidate)
    .map(([name, value]) => `${name}=${typeof value === 'number' ? formatNumber(value) : String(value)}`)
    .join(' ');
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(4)).toString();
}

/** A stable key for de-duplication. */
export function candidateKey(candidate: Candidate): string {
  return JSON.stringify(Object.keys(candidate).sort().map((name) => [name, candidate[name]]));
}

/**
 * Checks an explicit candidate against the space: every hyperparameter given, no other, each
 * value a choice or inside its range (a whole number for an integer range).
 * @throws CoulerError `INVALID_FIELD` saying which value is wrong.
 */
export function checkCandidate(candidate: Record<string, unknown>, space: Readonly<Record<string, SearchDimension>>, where: string): Candidate {
  const names = Object.keys(space);
  const extra = Object.keys(candidate).filter((name) => !names.includes(name));
  const missing = names.filter((name) => !(name in candidate));
  if (extra.length > 0 || missing.length > 0) {
    throw new CoulerError('INVALID_FIELD', `${where} ${missing.length > 0 ? `lacks ${missing.map((name) => `"${name}"`).join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? ' and ' : ''}${extra.length > 0 ? `has ${extra.map((name) => `"${name}"`).join(', ')}, not in the search space` : ''}.`, {
      hint: `The search space has ${names.map((name) => `"${name}"`).join(', ')}.`,
    });
  }
  const checked: Record<string, Scalar> = {};
  for (const name of names) {
    const value = candidate[name];
    const dimension = space[name]!;
    if (!fits(value, dimension)) throw new CoulerError('INVALID_FIELD', `${where} sets "${name}" to ${JSON.stringify(value)}, outside its search space (${describeDimension(dimension)}).`, { path: [name] });
    checked[name] = value as Scalar;
  }
  return checked;
}

export function fits(value: unknown, dimension: SearchDimension): boolean {
  if (dimension.type === 'choice') return dimension.values.some((choice) => choice === value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (dimension.type === 'integer' && !Number.isInteger(value)) return false;
  return value >= dimension.min && value <= dimension.max;
}

/** `one of 3, 6, 9`, `an integer from 5 to 200, log scale`. */
export function describeDimension(dimension: SearchDimension): string {
  if (dimension.type === 'choice') return `one of ${dimension.values.map((value) => JSON.stringify(value)).join(', ')}`;
  return `${dimension.type === 'integer' ? 'an integer' : 'a number'} from ${dimension.min} to ${dimension.max}${dimension.log ? ', log scale' : ''}`;
}
