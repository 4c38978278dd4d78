/**
 * One field of Argo's API and how a Couler user reaches it: a DSL workflow that sets it and where
 * it must come out in the compiled document, or the reason it is out of scope.
 */
export interface ArgoFieldProbe {
  /** `Definition.field`, the definition named without `io.argoproj.workflow.v1alpha1.`: `Template.securityContext`. */
  field: string;
  /** A TypeScript workflow file importing `@couler/dsl` (its default export) that sets the field. */
  workflow?: string;
  /**
   * Where the field must appear, present and not empty, in the compiled document: dot-separated
   * keys, `[]` after a key for every item of an array (`spec.templates[].securityContext`).
   */
  path?: string;
  /**
   * More `couler compile` options the field needs, as a user would type them (`['--style',
   * 'steps']` for the fields of `steps` templates); the probe compiles with `--backend argo --validate` and these.
   */
  cliOptions?: string[];
  /**
   * Instead of a workflow: the arguments of a `couler compile` that writes Argo YAML without a
   * workflow file (`['--from-template', 'nightly']`); the probe adds `--backend argo --validate`.
   */
  command?: string[];
  /** Instead of a workflow: why the field is out of scope. It still counts as not covered. */
  outOfScope?: string;
}
