import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoulerError, type Workflow } from '@couler/ir';
import { createAirflowBackend } from '../src/index';
import { compileChecked } from './support/compile-checked';

/**
 * The Argo upstream examples as written in our DSL for the argo backend's equivalence tests. Every
 * file of that directory is loaded, so an example added there must be added to `EXPECTED` too.
 */
const EXAMPLES_DIRECTORY = new URL('../../backend-argo/test/upstream/', import.meta.url);

type Expectation = 'compiles' | ReadonlyArray<readonly [path: string, construct: string]>;

/** The artifact store the examples are compiled with (without one, artifacts travel in XCom). */
const STORE_SETTINGS = { artifactStore: { url: 's3://couler-artifacts/examples', endpoint: 'http://minio.storage:9000', secretName: 'couler-artifacts' } };

/**
 * What Airflow makes of each example: `compiles`, or the refusals, each as the path of the
 * offending field and a phrase of the message naming the construct. Both Airflow majors agree
 * unless an entry is split by major.
 */
const EXPECTED: Readonly<Record<string, Expectation | { readonly 3: Expectation; readonly 2: Expectation }>> = {
  'arguments-parameters': 'compiles',
  'artifact-passing': 'compiles',
  'coinflip-recursive': 'compiles',
  coinflip: 'compiles',
  'dag-conditional-parameters': [['outputs', 'workflow outputs ("workflow.outputs")']],
  'dag-diamond': 'compiles',
  // workflow.failures reads the run's task instances: Airflow 2 templates can, Airflow 3 tasks cannot.
  'exit-handlers': { 3: [['steps.notify.container.args[0]', 'the workflow\'s "failures"']], 2: 'compiles' },
  'loops-maps': 'compiles',
  'loops-param-result': 'compiles',
  'memoize-simple': [
    ['steps.world-to-file.cache', 'cache hints (memoization) ("cache")'],
    ['outputs', 'workflow outputs ("workflow.outputs")'],
  ],
  'output-parameter': 'compiles',
  'retry-backoff': [['steps.retry-backoff.retry.backoff.maxDurationSeconds', 'limits the total time spent retrying']],
  'scripts-python': 'compiles',
  // delay (20 s) waits; approve waits for a human.
  'suspend-template': [['steps.approve.suspend', 'suspend steps ("step.suspend") without a duration']],
  'workflow-templates#printMessageTemplate': 'compiles',
  'workflow-templates#randomFailTemplate': 'compiles',
  'workflow-templates#innerSteps': [
    ['steps.inner-hello1.templateRef', 'another WorkflowTemplate (templateRef) ("step.templateRef")'],
    ['steps.inner-hello2a.templateRef', 'another WorkflowTemplate (templateRef) ("step.templateRef")'],
  ],
  'workflow-templates#innerDag': [
    ['steps.inner-a.templateRef', 'another WorkflowTemplate (templateRef) ("step.templateRef")'],
    ['steps.inner-d.templateRef', 'another WorkflowTemplate (templateRef) ("step.templateRef")'],
  ],
  'workflow-templates#submittable': 'compiles',
};

const isWorkflow = (value: unknown): value is Workflow => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Workflow';

/** `file` for a default export, `file#name` for each workflow of a file without one. */
async function loadExamples(): Promise<Array<readonly [string, Workflow]>> {
  const files = readdirSync(EXAMPLES_DIRECTORY)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const examples: Array<readonly [string, Workflow]> = [];
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    const exports = (await import(new URL(file, EXAMPLES_DIRECTORY).href)) as Record<string, unknown>;
    if (isWorkflow(exports.default)) examples.push([name, exports.default]);
    else for (const [exportName, value] of Object.entries(exports)) if (isWorkflow(value)) examples.push([`${name}#${exportName}`, value]);
  }
  return examples;
}

const examples = await loadExamples();

async function refusal(run: () => PromiseLike<unknown>): Promise<CoulerError | undefined> {
  const error = await Promise.resolve(run()).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error !== undefined && !CoulerError.isInstance(error)) throw error;
  return error;
}

describe('the Argo upstream examples on Airflow', () => {
  it('every example is in the expected table, and every entry is an example', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(examples.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('artifact-passing compiles without an artifact store too: its artifact travels in XCom, no sidecar', () => {
    const workflow = examples.find(([name]) => name === 'artifact-passing')![1];
    for (const airflowVersion of [3, 2] as const) {
      const dag = compileChecked(workflow, { airflowVersion });
      expect(dag.task('generate_artifact').pod?.containers).toEqual([]);
      expect(dag.task('consume_artifact').pod?.containers).toEqual([]);
      expect(dag.flat).toContain('{{ couler_artifact(ti, "generate_artifact", "hello-art") }}');
    }
  });

  describe.each([3, 2] as const)('Airflow %i', (airflowVersion) => {
    const backend = createAirflowBackend({ airflowVersion, ...STORE_SETTINGS });

    it.each(examples)('%s', async (name, workflow) => {
      const entry = EXPECTED[name];
      if (entry === undefined) throw new Error(`Add "${name}" to EXPECTED: 'compiles' or the refusals it gets.`);
      const expected = typeof entry === 'object' && !Array.isArray(entry) ? (entry as { 3: Expectation; 2: Expectation })[airflowVersion] : (entry as Expectation);
      const error = await refusal(() => backend.doCompile(workflow, {}));
      if (expected === 'compiles') {
        expect(error?.errors?.map((inner) => inner.message) ?? error?.message).toBeUndefined();
        // py_compile, Ruff (E9, F, AIR) and the AST against the workflow and the compiler's plan.
        const dag = compileChecked(workflow, { airflowVersion, ...STORE_SETTINGS });
        expect(dag.warnings).toEqual([]);
        expect(dag.structure.dagId).toBe(workflow.metadata.name);
        return;
      }
      expect(error?.code).toBe('UNSUPPORTED_BY_BACKEND');
      const refused = (error!.errors?.length ? error!.errors : [error!]).map((inner) => ({ code: inner.code, path: inner.pathString, message: inner.message }));
      expect(refused.map((inner) => inner.path)).toEqual(expected.map(([path]) => path));
      refused.forEach((inner, index) => {
        expect(inner.code).toBe('UNSUPPORTED_BY_BACKEND');
        expect(inner.message).toContain(expected[index]![1]);
      });
    });
  });
});
