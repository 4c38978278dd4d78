import { CoulerError, type CoulerErrorCode } from '@couler/ir';

/** Where a component came from, for messages: its file, or "component YAML text". */
export interface ComponentSource {
  readonly label: string;
}

/**
 * An error about a component file, naming the file and the field (`inputs[2].type`), so the team
 * that owns the library knows which line to fix. `path` holds the same field as keys.
 */
export function componentError(source: ComponentSource, code: CoulerErrorCode, field: ReadonlyArray<string | number>, message: string, hint?: string): CoulerError {
  const where = field.length ? ` at ${fieldLabel(field)}` : '';
  return new CoulerError(code, `KFP component ${source.label}${where}: ${message}`, { path: field, ...(hint !== undefined && { hint }) });
}

/** `['implementation', 'container', 'args', 3]` → `implementation.container.args[3]`. */
export function fieldLabel(field: ReadonlyArray<string | number>): string {
  return field.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
