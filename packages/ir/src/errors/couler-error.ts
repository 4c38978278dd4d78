import type { CoulerErrorCode } from './error-codes';

/** A place in a source file, for errors raised by the DSL at the user's line. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** What `CoulerError#toJSON` returns: the wire shape of an error (CLI `--json`, server API). */
export interface CoulerFormattedError {
  readonly code: CoulerErrorCode;
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
  readonly stepIds?: ReadonlyArray<string>;
  readonly locations?: ReadonlyArray<SourceLocation>;
  readonly hint?: string;
  readonly errors?: ReadonlyArray<CoulerFormattedError>;
}

export interface CoulerErrorOptions {
  /**
   * Where in the IR the problem is, by name where the element has one:
   * `['steps', 'train', 'inputs', 'parameters', 'lr']`.
   */
  path?: ReadonlyArray<string | number>;
  /** The steps to blame (a cycle names all of its steps). */
  stepIds?: ReadonlyArray<string>;
  /** Where in the user's source, when known (DSL errors). */
  locations?: ReadonlyArray<SourceLocation>;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
  /** Several problems reported at once (validation, unsupported constructs). */
  errors?: ReadonlyArray<CoulerError>;
  cause?: unknown;
}

const BRAND = Symbol.for('couler.error');

/**
 * The one error type of Couler. Carries a stable `code`, the `path` of the offending IR element
 * and, from the DSL, the user's source location. `isInstance` works across two installed copies
 * of `@couler/ir` (a plugin may bring its own), where `instanceof` would not.
 */
export class CoulerError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read by isInstance through Symbol.for, also on errors made by another copy of this package.
  private readonly [BRAND] = true;
  readonly code: CoulerErrorCode;
  readonly path?: ReadonlyArray<string | number>;
  readonly stepIds?: ReadonlyArray<string>;
  readonly locations?: ReadonlyArray<SourceLocation>;
  readonly hint?: string;
  readonly errors?: ReadonlyArray<CoulerError>;

  constructor(code: CoulerErrorCode, message: string, options: CoulerErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CoulerError';
    this.code = code;
    if (options.path !== undefined) this.path = options.path;
    if (options.stepIds !== undefined) this.stepIds = options.stepIds;
    if (options.locations !== undefined) this.locations = options.locations;
    if (options.hint !== undefined) this.hint = options.hint;
    if (options.errors !== undefined) this.errors = options.errors;
  }

  static isInstance(error: unknown): error is CoulerError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
  }

  /** `steps.train.inputs.parameters.lr`, or `''` for the whole workflow. */
  get pathString(): string {
    return formatPath(this.path);
  }

  toJSON(): CoulerFormattedError {
    return {
      code: this.code,
      message: this.message,
      ...(this.path && { path: this.path }),
      ...(this.stepIds && { stepIds: this.stepIds }),
      ...(this.locations && { locations: this.locations }),
      ...(this.hint && { hint: this.hint }),
      ...(this.errors && { errors: this.errors.map((error) => error.toJSON()) }),
    };
  }

  /** `CYCLE at steps.a: …` then the hint and source location on their own lines. */
  override toString(): string {
    const where = this.path && this.path.length > 0 ? ` at ${formatPath(this.path)}` : '';
    const lines = [`${this.code}${where}: ${this.message}`];
    if (this.hint) lines.push(`  hint: ${this.hint}`);
    for (const location of this.locations ?? []) lines.push(`  at ${location.file}:${location.line}:${location.column}`);
    for (const error of this.errors ?? []) lines.push(...error.toString().split('\n').map((line) => `  ${line}`));
    return lines.join('\n');
  }
}

export function formatPath(path: ReadonlyArray<string | number> | undefined): string {
  if (!path) return '';
  return path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : segment)).join('.').replace(/\.\[/g, '[');
}
