import { defineConfig } from 'tsup';

const STEPS = ['extract', 'train', 'write-model', 'load-model', 'predict', 'evaluate', 'explain', 'write-table', 'run-statement'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // The CommonJS build finds the step scripts from import.meta.url too.
    shims: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
  {
    // The step scripts the workflows run as processes: `node dist/steps/<name>.js`.
    entry: Object.fromEntries(STEPS.map((step) => [`steps/${step}`, `src/steps/${step}-step.ts`])),
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
  },
]);
