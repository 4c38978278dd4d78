import { defineConfig } from 'tsup';

export default defineConfig({
  // `test`: a loopback chat-completions server, for tests of code that calls an LLM (tuner, nl, cli).
  entry: { index: 'src/index.ts', 'test/index': 'test/support/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
