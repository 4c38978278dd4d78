import { defineConfig } from 'tsup';

export default defineConfig({
  // `.` is the pass itself (needs only @couler/ir); `./argo` adds the Argo emission.
  entry: { index: 'src/index.ts', 'argo/index': 'src/argo/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
});
