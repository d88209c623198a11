import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { isWindowsReservedName } from './ipc/fileNames';

/**
 * The installed app's pages come from `app://uniondesk/…`, served by the main process from
 * the built renderer folder (out/renderer) only. A privileged standard scheme gives the
 * renderer a real origin (IndexedDB, module Web Workers, `'self'` in the CSP) that file://
 * does not reliably have, and no page can reach a file outside that folder.
 *
 * This module is the pure part: the names, and which file a URL may name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'uniondesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready (protocol.registerSchemesAsPrivileged). No bypassCSP,
 * no CORS, no service workers; `stream` and `codeCache` for speed.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  allowServiceWorkers: false,
  stream: true,
  codeCache: true,
} as const;

/** Longer URLs are not something the renderer build asks for. */
const MAX_URL_LENGTH = 2048;

/**
 * One decoded path segment that names a plain file or folder: no `.`/`..`, no separators
 * (`/`, `\`), no drive or stream colon, no `%` left after decoding (nothing is decoded
 * twice), no control characters, no hidden or trailing-dot names Windows would silently
 * rewrite, no device names (`CON`, `NUL.js` …).
 */
function isSafeSegment(segment: string): boolean {
  return (
    segment !== '' &&
    !segment.startsWith('.') &&
    !/[. ]$/.test(segment) &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
    !/[\\/:*?"<>|%\u0000-\u001f\u007f]/.test(segment) &&
    !isWindowsReservedName(segment)
  );
}

/**
 * The file in `root` that an `app://uniondesk/…` URL names, or null when the URL is not
 * ours or tries to leave `root`: other schemes or hosts, user info or ports, `..` in any
 * spelling (`%2e%2e`, `%2E.`), encoded or raw separators and backslashes, absolute and
 * drive paths, NUL bytes, malformed escapes. `app://uniondesk/` names index.html. The
 * query and fragment are ignored. Whether the file exists is not checked here.
 */
export function appUrlToPath(url: string, root: string): string | null {
  if (url.length > MAX_URL_LENGTH) return null;
  const prefix = `${APP_ORIGIN}/`;
  if (url.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  const rawPath = url.slice(prefix.length).replace(/[?#][\s\S]*$/, '');
  const segments: string[] = [];
  for (const raw of (rawPath === '' ? 'index.html' : rawPath).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  const base = resolve(root);
  const path = join(base, ...segments);
  const rel = relative(base, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return path;
}

/** Content types by extension; `.js` must be text/javascript for module workers to start. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
