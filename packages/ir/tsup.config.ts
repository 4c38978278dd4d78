import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'test/index': 'src/test/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  // zod is built into the bundle: as a dependency it is 95 ES modules for Node to resolve and
  // compile one by one, about a third of every `couler` command's start-up. The declaration
  // files still name zod's types, so zod stays a dependency. Sources import it as a namespace
  // (`import * as z from 'zod'`), which esbuild trims to what is used: `import { z }` kept all 64
  // of zod's locales, 360 KB of an 870 KB bundle parsed at every start.
  noExternal: ['zod'],
  // import.meta.url in the CJS build too: yaml is required from the package's own folder when first needed.
  shims: true,
});
