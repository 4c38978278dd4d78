import { CoulerError } from '@couler/ir';
import type { Command } from 'commander';

// Nothing here may import @couler/backend-local: compile, split and submit use these helpers, and
// loading the engine (its SQLite binding, the caching optimizer) would slow every one of them.

/** Options every local-engine command shares. */
export interface HomeOption {
  home?: string;
}

export function addHomeOption(command: Command): Command {
  return command.option('--home <dir>', 'where runs, artifacts and the cache live (default: $COULER_HOME or ~/.couler)');
}

/** Collects repeated `--param k=v` into a record. */
export function collectParam(text: string, previous: Record<string, string> = {}): Record<string, string> {
  const equals = text.indexOf('=');
  if (equals <= 0) {
    throw new CoulerError('INVALID_FIELD', `--param takes name=value; got "${text}".`, { hint: 'Example: --param epochs=10 --param lr=0.01' });
  }
  return { ...previous, [text.slice(0, equals)]: text.slice(equals + 1) };
}

export function parsePositiveInteger(flag: string) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new CoulerError('INVALID_FIELD', `${flag} takes a whole number of at least 1; got "${text}".`);
    return value;
  };
}
