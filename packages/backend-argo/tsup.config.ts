import { defineConfig } from 'tsup';

export default defineConfig({
  // `test`: the fake Argo Server, for tests of code that submits (the CLI's, a third party's).
  // `build/…`: for scripts/write-validators.mjs, which writes the Ajv standalone validators.
  entry: { index: 'src/index.ts', 'test/index': 'test/support/index.ts', 'build/argo-validator-source': 'src/validate/argo-validator-source.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // import.meta.url in the CJS build too: the validator finds the schema file next to dist/.
  shims: true,
});
