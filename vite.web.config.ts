import { defineConfig } from 'vite';
import { rendererShared } from './vite.shared.ts';

// The renderer alone, on the browser platform: `npm run web` serves it, `npm run build`
// writes it to out/web for the end-to-end tests.
export default defineConfig({
  ...rendererShared,
  root: 'renderer',
  base: './',
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { outDir: '../out/web', emptyOutDir: true },
});
