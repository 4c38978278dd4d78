import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // The SDKs are loaded with import() when a workflow uses their store: never bundled.
  external: ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', '@google-cloud/storage', 'tar'],
});
