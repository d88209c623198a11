import { lstat, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN, appUrlToPath, mimeTypeFor } from './appScheme';

/**
 * The `protocol.handle('app', …)` handler: serves a file of the built renderer folder, and
 * answers 404 to everything else (unknown or hostile paths, folders, links, missing files)
 * without saying why. HTML pages carry the CSP as a header: Electron's webRequest header
 * hooks do not run for custom protocols, and the page's <meta> tag stays as a second copy.
 */

/** What the handler reads of Electron's request (a fetch Request plus initiatorOrigin). */
export interface AppRequest {
  url: string;
  method: string;
  /** Set by Electron when web content made the request; absent for the window's own load. */
  initiatorOrigin?: string;
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Whether `path` is a regular file reached from `root` through no symbolic link at all. */
async function isPlainFileInside(root: string, path: string): Promise<boolean> {
  const parts = relative(root, path).split(sep);
  let current = root;
  for (const [i, part] of parts.entries()) {
    current = join(current, part);
    const s = await lstat(current);
    if (s.isSymbolicLink()) return false;
    if (i === parts.length - 1) return s.isFile();
  }
  return false;
}

export async function serveAppFile(
  request: AppRequest,
  root: string,
  csp: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
  // Only our own pages (or the window's own top-level load) may fetch from app://.
  if (request.initiatorOrigin !== undefined && request.initiatorOrigin !== APP_ORIGIN)
    return notFound();
  const path = appUrlToPath(request.url, root);
  if (path === null) return notFound();
  let body: Buffer;
  try {
    // A link inside the folder is not served, whatever it points to.
    if (!(await isPlainFileInside(resolve(root), path))) return notFound();
    body = await readFile(path);
  } catch {
    return notFound();
  }
  const type = mimeTypeFor(path);
  const headers: Record<string, string> = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = csp;
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers,
  });
}
