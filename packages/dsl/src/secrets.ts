import { createHash } from 'node:crypto';
import { dslError } from './handles';
import { currentBuilder } from './internal/current-builder';

const SECRET = Symbol.for('couler.dsl.secret');

/** A Kubernetes Secret a step reads as environment variables, one per key. */
export interface SecretHandle {
  readonly [SECRET]: true;
  readonly name: string;
  readonly keys: ReadonlyArray<string>;
}

export function isSecretHandle(value: unknown): value is SecretHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SECRET] === true;
}

/**
 * Declares a secret from data, as Couler's `create_secret`. Only the name and the keys enter the
 * workflow: values are never written into the IR or any generated file. Create the Secret on
 * the cluster yourself (`kubectl create secret generic NAME --from-literal=…`) or give the values
 * to the engine when you run (`couler run --secret`).
 * The default name is `couler-` + a hash of the keys, stable across runs.
 */
export function createSecret(data: Record<string, string>, options: { name?: string } = {}): SecretHandle {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw dslError('INVALID_DSL_USAGE', 'createSecret() takes an object of key → value.', { hint: "createSecret({ username: '…', password: '…' })" });
  }
  return declareSecret('createSecret', Object.keys(data), options.name);
}

/** A secret that already exists on the cluster (Couler's `obtain_secret`): name and keys only. */
export function obtainSecret(keys: string[], options: { name: string }): SecretHandle {
  if (!Array.isArray(keys)) throw dslError('INVALID_DSL_USAGE', 'obtainSecret() takes the list of keys to read.');
  return declareSecret('obtainSecret', keys, options?.name);
}

function declareSecret(api: string, keys: string[], name: string | undefined): SecretHandle {
  const builder = currentBuilder(api);
  if (keys.length === 0) throw dslError('INVALID_DSL_USAGE', `${api}() needs at least one key.`);
  const sorted = [...new Set(keys)].sort();
  const secretName = name ?? `couler-${createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16)}`;
  const known = builder.secrets.get(secretName);
  builder.secrets.set(secretName, { name: secretName, keys: [...new Set([...(known?.keys ?? []), ...sorted])].sort() });
  return { [SECRET]: true, name: secretName, keys: sorted };
}
