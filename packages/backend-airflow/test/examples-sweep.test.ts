import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CoulerError, type Workflow } from '@couler/ir';
import { airflow } from '../src/index';
import { compileChecked } from './support/compile-checked';

/**
 * Every workflow under `examples/` (each `examples/<name>/src/*.ts` whose default export is a
 * workflow) compiles for both Airflow majors, without an artifact store, into a file every check
 * accepts, or is refused for what Airflow itself cannot do. A new example must be added here.
 */
const EXAMPLES = new URL('../../../examples/', import.meta.url);

/** Refusals as [path, phrase of the message]; anything not listed must compile. */
const REFUSED: Record<string, ReadonlyArray<readonly [string, string]>> = {};

const files = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    try {
      return readdirSync(new URL(`${entry.name}/src/`, EXAMPLES)).filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file)).map((file) => `${entry.name}/${file.replace(/\.ts$/, '')}`);
    } catch {
      return [];
    }
  })
  .sort();

const isWorkflow = (value: unknown): value is Workflow => typeof value === 'object' && value !== null && (value as Workflow).kind === 'Workflow' && Array.isArray((value as Workflow).spec?.steps);

const examples: Array<[string, Workflow]> = [];
for (const file of files) {
  const [example, base] = file.split('/') as [string, string];
  const module = (await import(fileURLToPath(new URL(`${example}/src/${base}.ts`, EXAMPLES)))) as { default?: unknown };
  if (isWorkflow(module.default)) examples.push([file, module.default]);
}

describe('every example workflow on Airflow', () => {
  it('finds the examples, and every refusal listed is an example', () => {
    expect(examples.map(([name]) => name)).toEqual(expect.arrayContaining(['automl/automl', 'automl/automl-python', 'paper/code1-artifacts', 'paper/nl-image-classification']));
    for (const name of Object.keys(REFUSED)) expect(examples.map(([file]) => file)).toContain(name);
  });

  describe.each([3, 2] as const)('Airflow %i', (airflowVersion) => {
    it.each(examples)('%s', async (name, workflow) => {
      const refused = REFUSED[name];
      if (refused === undefined) {
        const dag = compileChecked(workflow, { airflowVersion });
        expect(dag.structure.dagId).toBe(workflow.metadata.name);
        return;
      }
      const error = await airflow.doCompile(workflow, { settings: { airflowVersion } }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      if (!CoulerError.isInstance(error)) throw new Error(`${name} compiled; remove it from REFUSED.`);
      const leaves = error.errors?.length ? error.errors : [error];
      expect(leaves.map((leaf) => [leaf.code, leaf.pathString])).toEqual(refused.map(([path]) => ['UNSUPPORTED_BY_BACKEND', path]));
      for (const [index, leaf] of leaves.entries()) expect(leaf.message).toContain(refused[index]![1]);
    });
  });
});
