import { CoulerError } from '@couler/ir';

/** Collects every construct the workflow uses that Airflow cannot express, to report them at once. */
export class UnsupportedCollector {
  readonly errors: CoulerError[] = [];

  add(path: ReadonlyArray<string | number>, message: string, options: { stepName?: string; hint?: string } = {}): void {
    // A value is rendered once per map item as well as once without: report each problem once.
    if (this.errors.some((error) => error.message === message && JSON.stringify(error.path) === JSON.stringify(path))) return;
    this.errors.push(
      new CoulerError('UNSUPPORTED_BY_BACKEND', message, {
        path,
        ...(options.stepName !== undefined && { stepIds: [options.stepName] }),
        ...(options.hint !== undefined && { hint: options.hint }),
      }),
    );
  }

  /** @throws CoulerError `UNSUPPORTED_BY_BACKEND`: the one problem, or all of them in `errors`. */
  throwIfAny(workflowName: string): void {
    if (this.errors.length === 1) throw this.errors[0]!;
    if (this.errors.length > 1) {
      throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The airflow backend cannot express ${this.errors.length} uses of constructs in workflow "${workflowName}".`, {
        errors: this.errors,
      });
    }
  }
}
