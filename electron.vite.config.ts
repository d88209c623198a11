import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererShared } from './vite.shared.ts';

// Three processes, three bundles. The preload is CommonJS because sandboxed preloads
// cannot be ES modules.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // zod is bundled so the packaged app needs no node_modules at all (electron-builder.yml).
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: { input: { main: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererShared,
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; minified, its main bundle is the web
      // build's (issue 9: ≤ 350 KB gz).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
