import { describe, expect, it, vi } from 'vitest';
import { guardSession, guardWebContents } from './security';
import { isAllowedRequest, isAppUrl, rendererSource, rendererUrl } from './appUrl';
import { CSP } from '../shared/ipc/csp';

const source = rendererSource(undefined, true, '/opt/app/out/renderer');
const home = rendererUrl(source);

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: vi.fn(
      (event: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
        listeners.set(event, listener);
        return contents;
      },
    ),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    }),
  };
  guardWebContents(contents as never, { isAppUrl: (url) => isAppUrl(url, source) });
  const fire = (event: string, url = '') => {
    const e = { preventDefault: vi.fn() };
    listeners.get(event)?.(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  const s = {
    permissionRequest: undefined as
      undefined | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    beforeRequest: undefined as
      undefined | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    headersReceived: undefined as
      | undefined
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          cb: (r: unknown) => void,
        ) => void),
  };
  const session = {
    setPermissionRequestHandler: (h: typeof s.permissionRequest) => (s.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof s.permissionCheck) => (s.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (h: typeof s.beforeRequest) => (s.beforeRequest = h),
      onHeadersReceived: (h: typeof s.headersReceived) => (s.headersReceived = h),
    },
  };
  return { s, session: session as never };
}

describe('guardWebContents', () => {
  it('denies every new window', () => {
    const c = fakeContents();
    expect(c.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(c.open(home)).toEqual({ action: 'deny' });
  });

  it('stops navigation away from our page but lets our own routes through', () => {
    const c = fakeContents();
    expect(c.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.fire('will-navigate', 'file:///opt/app/out/renderer/index.html')).toBe(true);
    expect(c.fire('will-navigate', 'app://other/index.html')).toBe(true);
    expect(c.fire('will-navigate', 'app://uniondesk/assets/index.js')).toBe(true);
    expect(c.fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(c.fire('will-navigate', `${home}#/members`)).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });
});

describe('guardSession', () => {
  const opts = {
    isAppUrl: (url: string) => isAppUrl(url, source),
    isAllowedRequest: (url: string) => isAllowedRequest(url, source),
    csp: CSP,
  };

  it('denies every permission request and check', () => {
    const { s, session } = fakeSession();
    guardSession(session, opts);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const cb = vi.fn();
      s.permissionRequest?.({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(s.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('cancels requests to the network', () => {
    const { s, session } = fakeSession();
    guardSession(session, opts);
    const cb = vi.fn();
    s.beforeRequest?.({ url: 'https://tracker.example.com/pixel.gif' }, cb);
    s.beforeRequest?.({ url: 'file:///opt/app/out/renderer/assets/index.js' }, cb);
    s.beforeRequest?.({ url: 'app://uniondesk/assets/index.js' }, cb);
    expect(cb.mock.calls).toEqual([[{ cancel: true }], [{ cancel: true }], [{ cancel: false }]]);
  });

  it('adds the CSP header to responses in production', () => {
    const { s, session } = fakeSession();
    guardSession(session, opts);
    const cb = vi.fn();
    s.headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, cb);
    expect(cb).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] },
    });
    expect(CSP).toContain("script-src 'self'");
  });

  it('sends no CSP header in dev', () => {
    const { s, session } = fakeSession();
    guardSession(session, { ...opts, csp: null });
    expect(s.headersReceived).toBeUndefined();
  });
});
