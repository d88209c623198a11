import type { Session, WebContents } from 'electron';

/**
 * The window shows our own pages only: no new windows, no navigation elsewhere, no
 * <webview>, no permissions (camera, notifications, …), nothing fetched from the network
 * in production, and the CSP sent as a header on top of the <meta> tag the build adds.
 */

export interface SecurityOptions {
  isAppUrl(url: string): boolean;
  isAllowedRequest(url: string): boolean;
  /** Sent as Content-Security-Policy; null in dev (Vite's hot reload needs inline script). */
  csp: string | null;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export function guardWebContents(
  contents: GuardedContents,
  opts: Pick<SecurityOptions, 'isAppUrl'>,
): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!opts.isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type GuardedSession = {
  setPermissionRequestHandler: Session['setPermissionRequestHandler'];
  setPermissionCheckHandler: Session['setPermissionCheckHandler'];
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

export function guardSession(session: GuardedSession, opts: SecurityOptions): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !opts.isAllowedRequest(details.url) }),
  );
  const csp = opts.csp;
  if (csp) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
      });
    });
  }
}
