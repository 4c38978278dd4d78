/** Where a code-lake document comes from. */
export type CodeLakeSource = 'example' | 'step-zoo' | 'api';

/** One retrievable piece of the code lake: an example, a step-zoo entry or an API declaration. */
export interface CodeLakeDocument {
  /** `example:paper/code2-coinflip.ts`, `api:runContainer`. */
  readonly id: string;
  readonly source: CodeLakeSource;
  /** The example file or the exported name. */
  readonly title: string;
  /** Code with its comments, as it goes into a prompt. */
  readonly text: string;
}
