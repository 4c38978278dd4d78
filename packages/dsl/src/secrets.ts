import { createHash } from 'node:crypto';
import { CoulerError } from '@couler/ir';
import { dslError } from './handles';
import { captureCallSite, whereCallsDiffer, whichCallIsWhich, type CapturedStack } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { WorkflowBuilder } from './internal/workflow-builder';
import { describe } from './values';

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

export interface SecretOptions {
  /** The Secret's name on the cluster; by default `couler-` + a hash of the workflow's name and the keys. */
  name?: string;
}

const SECRET_OPTION_KEYS = { name: true } as const satisfies Record<keyof SecretOptions, true>;

/** The Python Couler's `create_secret(secret_data=…, dry_run=…)`, written as createSecret's options. */
const PYTHON_SHAPE: Readonly<Record<string, string>> = {
  secretData: 'give the data itself as the first argument: createSecret({ token: … }, { name? })',
  dryRun: 'leave it out: createSecret() never creates the Secret, it only names it for the steps',
};

/**
 * The values given to createSecret, kept in memory only while the workflow is built, by
 * builder and Secret name: they decide whether two calls may share a name, and never leave
 * this map (not into the IR, not into an error message, not as a digest).
 */
const dataOf = new WeakMap<WorkflowBuilder, Map<string, { data: Readonly<Record<string, string>>; stack: CapturedStack; defaultName: boolean }>>();

/**
 * Declares a secret from data, as Couler's `create_secret`. Only the name and the keys enter the
 * workflow: values are never written into the IR or any generated file, nor is any digest of
 * them. Create the Secret on the cluster yourself (`kubectl create secret generic NAME
 * --from-literal=…`); the local engine reads each key from `COULER_SECRET_<NAME>_<KEY>`.
 *
 * The default name is `couler-` + a hash of the workflow's name and the key names: stable across
 * runs, different for another workflow. Two calls with the same data share one Secret (as
 * Couler deduplicates by content); two with the same keys but other values cannot share the
 * default name, and are refused: give one of them `{ name }`.
 */
export function createSecret(data: Record<string, string>, options: SecretOptions = {}): SecretHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('createSecret');
  // Messages here never show a value given to createSecret: it may be the secret.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw dslError('INVALID_DSL_USAGE', `createSecret() takes an object of key → value; got ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}.`, {
      hint: "createSecret({ username: '…', password: '…' })",
    });
  }
  checkOptions('createSecret(data, options)', options, SECRET_OPTION_KEYS, PYTHON_SHAPE);
  for (const [key, value] of Object.entries(data)) {
    // `createSecret({ secretData: {…}, dryRun: true })` is the Python call's keyword arguments
    // put in the data: they would become variables named secretData and dryRun.
    const python = PYTHON_SHAPE[key.replace(/_([a-z])/g, (_, next: string) => next.toUpperCase())];
    if (python) {
      throw dslError('INVALID_DSL_USAGE', `createSecret() got a key "${key}": its first argument is the Secret's data itself, not the Python Couler's keyword arguments.`, {
        hint: `"${key}" is create_secret(${key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}=…) in Python; here, ${python}.`,
      });
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw dslError('INVALID_DSL_USAGE', `createSecret() got ${value === null ? 'null' : typeof value === 'object' ? 'an object' : typeof value} for key ${JSON.stringify(key)}; each value of the data is the text the key holds.`, {
        hint: `Give ${JSON.stringify(key)} a string: createSecret({ ${JSON.stringify(key)}: '…' }).`,
      });
    }
  }
  const keys = Object.keys(data);
  const name = options?.name ?? defaultSecretName(builder, keys);
  rememberData(builder, name, data, stack, options?.name === undefined);
  return declareSecret(builder, 'createSecret', keys, name, stack);
}

/** A secret that already exists on the cluster (Couler's `obtain_secret`): name and keys only. */
export function obtainSecret(keys: string[], options: { name: string }): SecretHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('obtainSecret');
  if (!Array.isArray(keys)) throw dslError('INVALID_DSL_USAGE', 'obtainSecret() takes the list of keys to read.');
  checkOptions('obtainSecret(keys, options)', options, SECRET_OPTION_KEYS);
  if (typeof options?.name !== 'string' || options.name === '') {
    throw dslError('INVALID_DSL_USAGE', `obtainSecret() needs the name of the Secret on the cluster; got ${describe(options?.name)}.`, { hint: "obtainSecret(['token'], { name: 'hf-credentials' })" });
  }
  return declareSecret(builder, 'obtainSecret', keys, options.name, stack);
}

function defaultSecretName(builder: WorkflowBuilder, keys: string[]): string {
  const sorted = [...new Set(keys)].sort();
  return `couler-${createHash('sha256').update(JSON.stringify([builder.metadata.name, sorted])).digest('hex').slice(0, 16)}`;
}

/**
 * Two calls may share a name only if no key of one holds another value in the other. Same
 * data: one Secret. Under an explicit name, other keys merge into it (each reader sees its own
 * values); under the default name keys are the same, so any difference is a conflict.
 */
function rememberData(builder: WorkflowBuilder, name: string, data: Record<string, string>, stack: CapturedStack, defaultName: boolean): void {
  const byName = dataOf.get(builder) ?? new Map();
  dataOf.set(builder, byName);
  const known = byName.get(name);
  if (!known) {
    byName.set(name, { data: { ...data }, stack, defaultName });
    return;
  }
  const clash = Object.keys(data).find((key) => Object.hasOwn(known.data, key) && String(known.data[key]) !== String(data[key]));
  if (clash === undefined) {
    byName.set(name, { ...known, data: { ...known.data, ...data } });
    return;
  }
  const locations = whereCallsDiffer(stack, known.stack);
  const both = defaultName && known.defaultName;
  throw new CoulerError(
    'DUPLICATE_NAME',
    both
      ? `Two createSecret() calls with the same keys (${Object.keys(data).map((key) => `${JSON.stringify(key)}`).join(', ')}) but other values would share the default Secret name ${JSON.stringify(name)}, so one step would read the other's values.${whichCallIsWhich(locations)}`
      : `Two createSecret() calls give Secret ${JSON.stringify(name)} other values for key ${JSON.stringify(clash)}, so one step would read the other's value.${whichCallIsWhich(locations)}`,
    {
      ...(locations.length > 0 && { locations }),
      hint: both
        ? "Give one of them (or each) its own name: createSecret({ … }, { name: 'team-b-credentials' })."
        : `Give one of them another name: createSecret({ … }, { name: '${name}-2' }).`,
    },
  );
}

function declareSecret(builder: WorkflowBuilder, api: string, keys: string[], name: string, stack: CapturedStack): SecretHandle {
  if (keys.length === 0) throw dslError('INVALID_DSL_USAGE', `${api}() needs at least one key.`);
  const sorted = [...new Set(keys)].sort();
  const known = builder.secrets.get(name);
  builder.secrets.set(name, { name, keys: [...new Set([...(known?.keys ?? []), ...sorted])].sort() });
  builder.noteSource(`secrets.${name}`, stack);
  return { [SECRET]: true, name, keys: sorted };
}
