/**
 * What each published package must do once installed from its tarball. `fixture` names a folder
 * of `fixtures/` holding `check.js` (an `async function check(load, loadOther)` run from both an
 * ES module and a CommonJS file: `load` is that file's own `import()`/`require()`, `loadOther` the
 * other one) and `types.ts` (compiled as `.mts` and as `.cts`). A package without an entry here
 * gets the generic checks of `fixtures/any-package`, with `__PACKAGE__` replaced by its name.
 */
export interface PackageCheck {
  readonly fixture: string;
  /** What `check` must return, in both module systems. */
  readonly expected: unknown;
}

export const GENERIC_CHECK: PackageCheck = { fixture: 'any-package', expected: { hasExports: true } };

export const PACKAGE_CHECKS: Readonly<Record<string, PackageCheck>> = {
  '@couler/backend-airflow': {
    fixture: 'couler-backend-airflow',
    expected: { files: ['chain.py'], sdkImportIn3: true, sdkImportIn2: false, problems: 0 },
  },
  '@couler/backend-tekton': {
    fixture: 'couler-backend-tekton',
    expected: { files: ['diamond.tekton.yaml'], problems: 0, hasPipeline: true },
  },
  '@couler/optimizer-caching': {
    fixture: 'couler-optimizer-caching',
    expected: { policyIsFactory: true, tenGigabytes: 1e10, defaultPolicy: 'couler', unknown: 'INVALID_FIELD' },
  },
  '@couler/optimizer-split': {
    fixture: 'couler-optimizer-split',
    expected: { parts: [['a', 'b'], ['c', 'd'], ['e']], lowerBound: 3, files: 4 },
  },
  '@couler/backend-argo': {
    fixture: 'couler-backend-argo',
    expected: {
      files: ['diamond.argo.yaml'],
      startsWith: ['apiVersion: argoproj.io/v1alpha1', 'kind: Workflow'],
      schemaProblems: 0,
      typoProblems: 1,
      lintProblems: 0,
      tasks: [['a', null], ['b', 'a'], ['c', 'a'], ['d', 'b && c']],
      refused: 'UNSUPPORTED_BY_BACKEND',
    },
  },
  '@couler/ir': {
    fixture: 'couler-ir',
    expected: {
      steps: ['fetch', 'train'],
      validationErrors: 0,
      order: ['fetch', 'train'],
      roundTrips: true,
      brokenCode: 'UNKNOWN_STEP',
      brokenPath: ['steps', 'train', 'dependencies', 0],
      brandWorksAcrossBuilds: true,
      conformanceWorkflowsValid: true,
      schemaDefinesWorkflow: 'Couler workflow IR',
    },
  },
  '@couler/dsl': {
    fixture: 'couler-dsl',
    expected: {
      apiVersionIsIr: true,
      name: 'x',
      steps: [{ kind: 'container', image: 'alpine', command: ['echo', 'hi'] }],
      validationErrors: 0,
      parsesAsIr: true,
      coinflip: { steps: ['flip', 'heads'], conditional: [false, true], validationErrors: 0 },
    },
  },
};
