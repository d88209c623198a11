import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP } from './shared/ipc/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The CSP lives in shared/ipc/csp.ts so the Electron main process sends the same one.
export { CSP };

function cspMeta(): Plugin {
  return {
    name: 'uniondesk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** What the renderer's two builds (Electron and web) share. */
export const rendererShared: UserConfig = {
  plugins: [react(), cspMeta()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
};
