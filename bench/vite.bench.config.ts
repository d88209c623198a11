import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'bench/browser',
  plugins: [react()],
  base: './',
  build: { outDir: '../../out/bench', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  logLevel: 'warn',
});
