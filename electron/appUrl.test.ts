import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, rendererSource, rendererUrl } from './appUrl';

const prod = rendererSource(undefined, true, '/opt/工会台账/resources/app.asar/out/renderer');
const dev = rendererSource('http://localhost:5173', false, '/unused/renderer');

describe('rendererSource', () => {
  it('uses the dev server only in an unpackaged build that was given one', () => {
    expect(dev).toEqual({ kind: 'dev', url: 'http://localhost:5173' });
    expect(rendererSource('http://localhost:5173', true, '/a/renderer')).toEqual({
      kind: 'app',
      root: '/a/renderer',
    });
    expect(rendererSource(undefined, false, '/a/renderer').kind).toBe('app');
  });

  it('loads the built page from app://uniondesk, never file://', () => {
    expect(rendererUrl(prod)).toBe('app://uniondesk/index.html');
    expect(rendererUrl(dev)).toBe('http://localhost:5173');
  });
});

describe('isAppUrl', () => {
  it('accepts our index.html with any route', () => {
    expect(isAppUrl(rendererUrl(prod), prod)).toBe(true);
    expect(isAppUrl('app://uniondesk/index.html#/members?tab=retired', prod)).toBe(true);
    expect(isAppUrl('APP://UNIONDESK/index.html', prod)).toBe(true); // URLs lower-case both
  });

  it('refuses other pages, other hosts and other schemes', () => {
    for (const url of [
      'app://uniondesk/other.html',
      'app://uniondesk/assets/index.js',
      'app://uniondesk/',
      'app://evil/index.html',
      'app://uniondesk.evil/index.html',
      'app://user@uniondesk/index.html',
      'app://uniondesk:8080/index.html',
      'file:///opt/工会台账/resources/app.asar/out/renderer/index.html',
      'file:///etc/passwd',
      'https://uniondesk/index.html',
      'https://example.com/index.html',
      'not a url',
    ])
      expect(isAppUrl(url, prod), url).toBe(false);
  });

  it('accepts any page of the dev server in dev, and nothing else', () => {
    expect(isAppUrl('http://localhost:5173/#/settings', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('app://uniondesk/index.html', dev)).toBe(false);
  });
});

describe('isAllowedRequest', () => {
  it('loads nothing from the network in production', () => {
    expect(isAllowedRequest('https://cdn.example.com/x.js', prod)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', prod)).toBe(false);
    expect(isAllowedRequest('wss://example.com/', prod)).toBe(false);
  });

  it('allows our own app:// host only, and no file:// at all', () => {
    expect(isAllowedRequest('app://uniondesk/assets/index-abc.js', prod)).toBe(true);
    expect(isAllowedRequest('app://uniondesk/assets/rosterReader.worker-abc.js', prod)).toBe(true);
    expect(isAllowedRequest('app://other/assets/index.js', prod)).toBe(false);
    expect(isAllowedRequest('app://uniondesk:1/assets/index.js', prod)).toBe(false);
    expect(
      isAllowedRequest('file:///opt/工会台账/resources/app.asar/out/renderer/index.html', prod),
    ).toBe(false);
    expect(isAllowedRequest('file:///C:/Users/me/Documents/名单.xlsx', prod)).toBe(false);
  });

  it('allows in-memory data and the dev server’s own traffic', () => {
    expect(isAllowedRequest('data:image/png;base64,AAAA', prod)).toBe(true);
    expect(isAllowedRequest('blob:app://uniondesk/1234', prod)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://fonts.example.com/a.woff2', dev)).toBe(false);
  });
});
