// Compile and validate time of @couler/backend-tekton on large workflows (run `npm run build` first).
import { IR_API_VERSION } from '@couler/ir';
import { compileToTekton, emitTektonYaml, validateTektonDocument } from '../dist/index.js';

function chain(size) {
  const steps = Array.from({ length: size }, (_, index) => ({
    name: `s${index}`,
    kind: 'container',
    container: { image: 'alpine', command: ['echo'], args: index === 0 ? ['start'] : [{ ref: 'step', step: `s${index - 1}`, output: 'result' }] },
  }));
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'chain' }, spec: { steps } };
}

function median(times) {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function time(run, repeat = 5) {
  const times = [];
  for (let index = 0; index < repeat; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

for (const size of [100, 1000]) {
  const workflow = chain(size);
  // Embedded in one Pipeline, 1000 wrapped steps are over what the API server stores (a compile
  // error): the large chain is compiled as separate Tasks, as a user would.
  const options = size > 500 ? { taskStyle: 'separate' } : {};
  let documents;
  const compile = time(() => ({ documents } = compileToTekton(workflow, options)));
  const emit = time(() => emitTektonYaml(documents));
  validateTektonDocument(documents[0]); // compile the schemas once
  const validate = time(() => {
    for (const document of documents) validateTektonDocument(document);
  }, 3);
  console.log(`${size} steps (each reads the previous one's result${options.taskStyle ? ', separate Tasks' : ''}): compile ${compile.toFixed(1)} ms, emit ${emit.toFixed(1)} ms, validate ${validate.toFixed(1)} ms, YAML ${(emitTektonYaml(documents).length / 1024).toFixed(0)} KiB`);
}
