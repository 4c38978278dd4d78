#!/usr/bin/env node
// A benchmark, not a test: compiles chains of 100 and 1,000 steps (each reads the previous
// step's result; past ~1,300 the Pipeline is over the 1.5 MiB the API server stores, which the
// backend refuses: split larger workflows) to Tekton, prints the YAML and checks every document as `--validate` does
// (schema and rules), and prints the best of a few runs (the machine may be shared), the ratio
// to the size below (10× is linear; past 15× a path grows faster than the workflow) and the goal
// beside it. Large chains are compiled as separate Tasks, as a user would: embedded in one
// Pipeline they are over what the API server stores. Run `pnpm build` first: it measures dist/.
import { IR_API_VERSION } from '@couler/ir';
import { compileToTekton, emitTektonYaml, validateTektonDocument } from '../dist/index.js';

const SIZES = (process.env.COULER_BENCH_SIZES ?? '100,1000').split(',').map(Number);

function chain(size) {
  const steps = Array.from({ length: size }, (_, index) => ({
    name: `s${index}`,
    kind: 'container',
    container: { image: 'alpine', command: ['echo'], args: index === 0 ? ['start'] : [{ ref: 'step', step: `s${index - 1}`, output: 'result' }] },
  }));
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'chain' }, spec: { steps } };
}

/** The least disturbed of `runs` runs. */
function best(run, runs) {
  let fastest = Number.POSITIVE_INFINITY;
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const options = { taskStyle: 'separate' };
// The first check loads the validators the build generated (Ajv standalone code).
const first = compileToTekton(chain(10), options).documents[0];
const loadStart = performance.now();
validateTektonDocument(first);
console.log(`first --validate of a run (loads the generated validators): ${(performance.now() - loadStart).toFixed(0)} ms (goal: no schema compile, tens of ms)\n`);
const pad = (text, width) => String(text).padEnd(width);
console.log(`${pad('steps', 9)}${pad('compile', 11)}${pad('× below', 9)}${pad('yaml', 11)}${pad('× below', 9)}${pad('validate', 11)}${pad('× below', 9)}${pad('YAML', 10)}goal`);
let below;
for (const size of SIZES) {
  const workflow = chain(size);
  const runs = size >= 100_000 ? 2 : 3;
  let documents;
  const row = {
    compile: best(() => ({ documents } = compileToTekton(workflow, options)), runs),
    emit: best(() => emitTektonYaml(documents), runs),
    validate: best(() => {
      for (const document of documents) validateTektonDocument(document);
    }, runs),
  };
  const times = (key) => (below ? `${(row[key] / below[key]).toFixed(1)}×` : '');
  const kib = Buffer.byteLength(emitTektonYaml(documents)) / 1024;
  console.log(
    `${pad(size.toLocaleString('en'), 9)}${pad(`${row.compile.toFixed(0)} ms`, 11)}${pad(times('compile'), 9)}${pad(`${row.emit.toFixed(0)} ms`, 11)}${pad(times('emit'), 9)}${pad(`${row.validate.toFixed(0)} ms`, 11)}${pad(times('validate'), 9)}${pad(`${kib.toFixed(0)} KiB`, 10)}${below ? '× ≤ 15 (10× is linear)' : ''}`,
  );
  below = row;
}
