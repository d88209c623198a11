import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, rendererSource, rendererUrl } from './appUrl';

const prod = rendererSource(undefined, true, '/opt/工会台账/out/renderer/index.html');
const dev = rendererSource('http://localhost:5173', false, '/unused/index.html');

describe('rendererSource', () => {
  it('uses the dev server only in an unpackaged build that was given one', () => {
    expect(dev).toEqual({ kind: 'dev', url: 'http://localhost:5173' });
    expect(rendererSource('http://localhost:5173', true, '/a/index.html')).toEqual({
      kind: 'file',
      path: '/a/index.html',
    });
    expect(rendererSource(undefined, false, '/a/index.html').kind).toBe('file');
  });

  it('loads the built page through a file URL', () => {
    expect(rendererUrl(prod)).toBe(
      'file:///opt/%E5%B7%A5%E4%BC%9A%E5%8F%B0%E8%B4%A6/out/renderer/index.html',
    );
    expect(rendererUrl(dev)).toBe('http://localhost:5173');
  });
});

describe('isAppUrl', () => {
  it('accepts our index.html with any route', () => {
    expect(isAppUrl(rendererUrl(prod), prod, 'linux')).toBe(true);
    expect(isAppUrl(`${rendererUrl(prod)}#/members?tab=retired`, prod, 'linux')).toBe(true);
  });

  it('refuses other files, other hosts and other schemes', () => {
    expect(isAppUrl('file:///opt/工会台账/out/renderer/other.html', prod, 'linux')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', prod, 'linux')).toBe(false);
    expect(isAppUrl('file://evil-server/opt/工会台账/out/renderer/index.html', prod, 'linux')).toBe(
      false,
    );
    expect(isAppUrl('https://example.com/index.html', prod, 'linux')).toBe(false);
    expect(isAppUrl('not a url', prod, 'linux')).toBe(false);
  });

  it('ignores letter case on Windows only', () => {
    const win = { kind: 'file' as const, path: '/Program Files/UnionDesk/out/renderer/index.html' };
    expect(
      isAppUrl('file:///program%20files/uniondesk/out/renderer/index.html', win, 'win32'),
    ).toBe(true);
    expect(
      isAppUrl('file:///program%20files/uniondesk/out/renderer/index.html', win, 'linux'),
    ).toBe(false);
  });

  it('accepts any page of the dev server in dev, and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/#/settings', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('loads nothing from the network in production', () => {
    expect(isAllowedRequest('https://cdn.example.com/x.js', prod)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', prod)).toBe(false);
    expect(isAllowedRequest('wss://example.com/', prod)).toBe(false);
  });

  it('allows files of the built renderer only', () => {
    expect(
      isAllowedRequest(
        'file:///opt/%E5%B7%A5%E4%BC%9A%E5%8F%B0%E8%B4%A6/out/renderer/assets/index.js',
        prod,
      ),
    ).toBe(true);
    expect(isAllowedRequest('file:///opt/工会台账/out/main/main.js', prod)).toBe(false);
    expect(isAllowedRequest('file:///C:/Users/me/Documents/名单.xlsx', prod)).toBe(false);
  });

  it('allows in-memory data and the dev server’s own traffic', () => {
    expect(isAllowedRequest('data:image/png;base64,AAAA', prod)).toBe(true);
    expect(isAllowedRequest('blob:file:///1234', prod)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://fonts.example.com/a.woff2', dev)).toBe(false);
  });
});
