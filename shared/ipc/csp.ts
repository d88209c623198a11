/**
 * The Content-Security-Policy of the built renderer: nothing remote, no eval, no inline
 * script. Styles may be inline (Mantine sets CSS variables through style attributes).
 * The renderer build puts it in a <meta> tag; the Electron main process also sends it as a
 * response header. Dev builds go without it because Vite's hot reload injects inline scripts.
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
