/** One reason Tekton would refuse a document. */
export interface TektonProblem {
  /**
   * Which check failed: `schema` for the CRD schema the API server enforces, `yaml-1.1` for text
   * kubectl would read differently, else the id of the admission webhook rule (`when-operator`,
   * `task-ref-xor-spec`, …; see `TEKTON_RULES`).
   */
  readonly rule: string;
  /** Where in the document, e.g. `['spec', 'tasks', 1, 'name']`. */
  readonly path: ReadonlyArray<string | number>;
  /** A sentence saying what is wrong, naming the field. */
  readonly message: string;
}

/** `spec.tasks[1].name` for messages. */
export function pathText(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`), '') || '(document)';
}
