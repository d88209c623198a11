import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/browser',
  base: './',
  build: { outDir: '../../out/bench', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  logLevel: 'warn',
});
