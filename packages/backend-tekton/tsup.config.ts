import { defineConfig } from 'tsup';

export default defineConfig({
  // `test`: the loopback engine server, for tests of code that submits (the server's, a third party's).
  // `build/…`: for scripts/write-validators.mjs, which writes the Ajv standalone validators.
  entry: { index: 'src/index.ts', 'test/index': 'test/support/index.ts', 'build/tekton-validator-source': 'src/validate/tekton-validator-source.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // import.meta.url in the CJS build too: the validator finds the schema files next to dist/.
  shims: true,
  // The Kubernetes client is ESM only; it is loaded with import() when a run is submitted.
  external: ['@kubernetes/client-node'],
});
