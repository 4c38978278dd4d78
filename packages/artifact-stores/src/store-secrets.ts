import { secretVariable } from '@couler/backend-local';
import type { SecretKeyRef } from '@couler/ir';
import { StoreFailure } from './store-failure';

/** Secret values by secret name, then key: what `--secret NAME=KEY=VALUE` and `--secret-file` give. */
export type SecretValues = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Where a store reads the keys a location names (`accessKey: { name, key }`): the values given to
 * this run, then the engine's environment (`COULER_SECRET_<NAME>_<KEY>`, as step `env` reads
 * them). Values live only in memory: never in the IR, the state database, events or logs.
 */
export class StoreSecrets {
  constructor(
    private readonly values: SecretValues = {},
    private readonly env: Readonly<Record<string, string | undefined>> = process.env,
  ) {}

  /** The value of `ref`; undefined only for an optional key that is not given. */
  read(ref: SecretKeyRef, usedFor: string): string | undefined {
    const value = this.values[ref.name]?.[ref.key] ?? this.env[secretVariable('secret', ref.name, ref.key)];
    if (value !== undefined || ref.optional) return value;
    throw new StoreFailure(
      `${usedFor} is key "${ref.key}" of secret "${ref.name}", which this run was not given. ` +
        `Pass it with \`couler run --secret ${ref.name}=${ref.key}=…\` (or --secret-file), or set $${secretVariable('secret', ref.name, ref.key)}.`,
      'permanent',
    );
  }
}
