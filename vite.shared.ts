import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The Content-Security-Policy of the built renderer: nothing remote, no eval, no inline
 * script. Styles may be inline (Mantine sets CSS variables through style attributes).
 * Dev builds go without it because Vite's hot reload injects inline scripts.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function cspMeta(): Plugin {
  return {
    name: 'uniondesk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

/** What the renderer's two builds (Electron and web) share. */
export const rendererShared: UserConfig = {
  plugins: [react(), cspMeta()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  worker: { format: 'es' },
};
