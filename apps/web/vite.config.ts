import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  // `vite dev` talks to a `couler server` on 8080 (start it with --cors-origin or use this proxy).
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
