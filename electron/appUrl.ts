import { dirname, relative, isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the renderer comes from: the Vite dev server (electron-vite sets
 * ELECTRON_RENDERER_URL in `electron-vite dev`) or the built index.html on disk.
 * Everything else — navigation, IPC senders, network requests — is judged against this.
 */
export type RendererSource = { kind: 'dev'; url: string } | { kind: 'file'; path: string };

export function rendererSource(
  devUrl: string | undefined,
  isPackaged: boolean,
  indexHtmlPath: string,
): RendererSource {
  if (devUrl && !isPackaged) return { kind: 'dev', url: devUrl };
  return { kind: 'file', path: resolve(indexHtmlPath) };
}

/** The URL handed to `loadURL`. */
export function rendererUrl(source: RendererSource): string {
  return source.kind === 'dev' ? source.url : pathToFileURL(source.path).href;
}

/**
 * Whether a page URL is our app: in production exactly our index.html (any #route or
 * query), in dev any page of the dev server's origin.
 */
export function isAppUrl(
  url: string,
  source: RendererSource,
  platform: NodeJS.Platform = process.platform,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (source.kind === 'dev') {
    const dev = new URL(source.url);
    return parsed.protocol === dev.protocol && parsed.host === dev.host;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost'))
    return false;
  parsed.hash = '';
  parsed.search = '';
  let path: string;
  try {
    path = resolve(fileURLToPath(parsed));
  } catch {
    return false;
  }
  // Windows paths are case-insensitive, and Chromium may spell the drive letter either way.
  return platform === 'win32'
    ? path.toLowerCase() === source.path.toLowerCase()
    : path === source.path;
}

/**
 * Whether the renderer may load a URL. Production loads nothing remote and, from disk, only
 * files of the built renderer folder; dev may talk to its own dev server (including the
 * hot-reload websocket). data:, blob: and devtools: stay allowed.
 */
export function isAllowedRequest(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) {
    return source.kind === 'dev' && parsed.host === new URL(source.url).host;
  }
  if (parsed.protocol === 'file:' && source.kind === 'file') {
    try {
      const rel = relative(dirname(source.path), fileURLToPath(parsed));
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    } catch {
      return false;
    }
  }
  return true;
}
