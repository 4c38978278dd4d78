import { fanOutItems, upstreamOf, type Draft } from './draft';
import { contextOf } from './draft-to-workflow';
import { entryOf } from './registered-entry';
import { handleOf, identifierOf } from './step-zoo';

const SOURCES = ['SPLIT_DATA_PY', 'LOGISTIC_REGRESSION_PY', 'RANDOM_FOREST_PY', 'SELECT_BEST_PY'];

/**
 * The `@couler/dsl` program that builds the same workflow: one `setDependencies` per step (its
 * incoming edges), `when` for a condition, `map` for a fan-out. The model zoo's Python sources are
 * imported by name rather than printed inline.
 */
export function draftToTypeScript(draft: Draft): string {
  const used = new Set<string>(['workflow', 'setDependencies']);
  const body: string[] = [];
  for (const step of draft.steps) {
    const entry = entryOf(step);
    const { call, options } = entry.code(step.values, contextOf(draft, step));
    used.add(call.startsWith('steps.') ? 'steps' : call);
    if (entry.outputs.length > 0) used.add('createParameterArtifact');
    if (Object.values(options).some((value) => value.includes('concat('))) used.add('concat');
    const items = fanOutItems(step.fanOut);
    // A fan-out's item joins the step's own variables (`{ A: "1" }` becomes `{ A: "1", ITEM: item }`).
    const { env, ...rest } = options;
    const fields = [`stepName: ${JSON.stringify(step.name)}`, ...Object.entries(rest).map(([key, value]) => `${key}: ${value}`)];
    if (items.length > 0) fields.push(env ? `env: ${env.slice(0, -2)}, ITEM: item }` : 'env: { ITEM: item }');
    else if (env) fields.push(`env: ${env}`);
    if (entry.outputs.length > 0) fields.push(`output: [${entry.outputs.map((name) => `createParameterArtifact(${JSON.stringify(`/tmp/${name}`)})`).join(', ')}]`);
    let expression = `${call}({ ${fields.join(', ')} })`;
    if (items.length > 0) {
      used.add('map');
      expression = `map((item) => ${expression}, ${JSON.stringify(items)})`;
    }
    if (step.when) {
      used.add('when');
      used.add(step.when.op);
      expression = `when(${step.when.op}(${handleOf(step.when.step, step.when.output)}, ${JSON.stringify(step.when.value)}), () => ${expression})`;
    }
    const dependencies = upstreamOf(draft, step.name).map(identifierOf);
    body.push(`  const ${identifierOf(step.name)} = setDependencies(() => ${expression}, [${dependencies.join(', ')}]);`);
  }
  const sources = SOURCES.filter((name) => body.some((line) => line.includes(`source: ${name}`)));
  return [
    `import { ${[...used].sort().join(', ')} } from '@couler/dsl';`,
    ...(sources.length > 0 ? [`import { ${sources.join(', ')} } from './churn-scripts';`] : []),
    '',
    `export default workflow(${JSON.stringify(draft.name)}, () => {`,
    ...body,
    '});',
    '',
  ].join('\n');
}
