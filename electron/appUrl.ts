import { resolve } from 'node:path';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME } from './appScheme';

/**
 * Where the renderer comes from: the Vite dev server (electron-vite sets
 * ELECTRON_RENDERER_URL in `electron-vite dev`) or the built renderer folder, served as
 * `app://uniondesk/` (appProtocol.ts). Everything else — navigation, IPC senders, network
 * requests — is judged against this.
 */
export type RendererSource = { kind: 'dev'; url: string } | { kind: 'app'; root: string };

export function rendererSource(
  devUrl: string | undefined,
  isPackaged: boolean,
  rendererRoot: string,
): RendererSource {
  if (devUrl && !isPackaged) return { kind: 'dev', url: devUrl };
  return { kind: 'app', root: resolve(rendererRoot) };
}

/** The URL handed to `loadURL`. */
export function rendererUrl(source: RendererSource): string {
  return source.kind === 'dev' ? source.url : APP_INDEX_URL;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** `app://uniondesk` exactly (Chromium lower-cases a standard host; Node does not): no user info, no port. */
function isOurOrigin(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * Whether a page URL is our app: in production exactly app://uniondesk/index.html (any
 * #route or query), in dev any page of the dev server's origin.
 */
export function isAppUrl(url: string, source: RendererSource): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev') {
    const dev = new URL(source.url);
    return parsed.protocol === dev.protocol && parsed.host === dev.host;
  }
  return isOurOrigin(parsed) && parsed.pathname === '/index.html';
}

/**
 * Whether the renderer may load a URL. Production loads nothing remote, no file:// at all,
 * and from app:// only our own host (the protocol handler then serves only the built
 * renderer folder); dev may talk to its own dev server (including the hot-reload
 * websocket). data:, blob: and devtools: stay allowed.
 */
export function isAllowedRequest(url: string, source: RendererSource): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) {
    return source.kind === 'dev' && parsed.host === new URL(source.url).host;
  }
  if (source.kind === 'app') {
    if (parsed.protocol === 'file:') return false;
    if (parsed.protocol === `${APP_SCHEME}:`) return isOurOrigin(parsed);
  }
  return true;
}
