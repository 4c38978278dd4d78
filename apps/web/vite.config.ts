import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // @couler/ir loads yaml through node:module when it first needs it (see src/browser/node-module.ts).
  resolve: { alias: { module: fileURLToPath(new URL('./src/browser/node-module.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  // `vite dev` talks to a `couler server` on 8080 (start it with --cors-origin or use this proxy).
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
