import { defineConfig } from 'tsup';

export default defineConfig({
  // `test`: a scripted model behind a real chat-completions server, for tests of code that generates (the CLI's).
  entry: { index: 'src/index.ts', 'test/index': 'test/support/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // createRequire(import.meta.url) finds @couler/dsl's declarations in the CommonJS build too.
  shims: true,
});
