import { CoulerError } from '@couler/ir';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };

/** `10GB` → 1e10, `512MiB` → 536870912, `1e9` → 1e9: what `--capacity` and `--cache-size` accept. */
export function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw new CoulerError('INVALID_FIELD', `"${text}" is not a size: write a number and a unit, like 10GB, 512MiB or 2e9.`, {
      path: ['capacity'],
      hint: 'Units: B, KB, MB, GB, TB (powers of 1000) and KiB, MiB, GiB, TiB (powers of 1024).',
    });
  }
  return Math.round(Number(match[1]) * unit);
}
