import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  appUrlToPath,
  mimeTypeFor,
} from './appScheme';

const root = '/opt/工会台账/resources/app.asar/out/renderer';

describe('appUrlToPath', () => {
  it('maps our URLs to files of the renderer folder', () => {
    expect(appUrlToPath(APP_INDEX_URL, root)).toBe(join(root, 'index.html'));
    expect(appUrlToPath(`${APP_ORIGIN}/`, root)).toBe(join(root, 'index.html'));
    expect(appUrlToPath(`${APP_ORIGIN}/assets/index-B2x9.js`, root)).toBe(
      join(root, 'assets', 'index-B2x9.js'),
    );
    expect(appUrlToPath(`${APP_ORIGIN}/index.html#/members?tab=retired`, root)).toBe(
      join(root, 'index.html'),
    );
    expect(appUrlToPath(`${APP_ORIGIN}/assets/a.js?v=1`, root)).toBe(join(root, 'assets', 'a.js'));
    expect(appUrlToPath(`${APP_ORIGIN}/fonts/%E4%BB%BF%E5%AE%8B.woff2`, root)).toBe(
      join(root, 'fonts', '仿宋.woff2'),
    );
    expect(appUrlToPath('APP://UNIONDESK/index.html', root)).toBe(join(root, 'index.html'));
  });

  it('refuses other schemes, hosts, ports and user info', () => {
    for (const url of [
      'file:///opt/工会台账/resources/app.asar/out/renderer/index.html',
      'https://uniondesk/index.html',
      'app://evil/index.html',
      'app://uniondesk.evil/index.html',
      'app://uniondeskx/index.html',
      'app://uniondesk:8080/index.html',
      'app://user@uniondesk/index.html',
      'app://uniondesk@evil/index.html',
      'app:/uniondesk/index.html',
      'app:uniondesk/index.html',
      'app://uniondesk',
      '',
    ])
      expect(appUrlToPath(url, root), url).toBeNull();
  });

  it('refuses every spelling of a path that leaves the folder', () => {
    for (const path of [
      '../main/main.js',
      '../../../../etc/passwd',
      'assets/../../main/main.js',
      'assets/../index.html',
      './index.html',
      '%2e%2e/main/main.js',
      '%2E%2E/main/main.js',
      '%2e./main/main.js',
      '.%2e/main/main.js',
      '%252e%252e/main/main.js',
      '..%2fmain%2fmain.js',
      '..%2Fmain%2Fmain.js',
      'assets%2f..%2f..%2fmain.js',
      '..\\main\\main.js',
      '..%5cmain%5cmain.js',
      'assets\\index.js',
      '%5c%5cserver%5cshare%5cx.js',
      '/etc/passwd',
      '//etc/passwd',
      '%2fetc%2fpasswd',
      'C:/Windows/win.ini',
      'C:%5cWindows%5cwin.ini',
      'c:',
      'index.html::$DATA',
      'index.html%00.js',
      'index.html\u0000',
      'assets//index.js',
      'assets/',
      '.env',
      'assets/.hidden.js',
      'index.html.',
      'index.html%20',
      'CON',
      'assets/NUL.js',
      'aux.html',
      '%E4%BB%BF%E5%AE%8B%',
      '%ZZ',
      '%C0%AE%C0%AE/main.js',
      `${'a/'.repeat(1200)}index.html`,
    ]) {
      const url = `${APP_ORIGIN}/${path}`;
      expect(appUrlToPath(url, root), url).toBeNull();
    }
  });

  it('never returns a path outside the folder, whatever it is given', () => {
    const samples = ['..', '%2e%2e', '.', '/', '\\', '%2f', '%5c', 'a', 'b.js', '%00', ':', '~'];
    for (const a of samples)
      for (const b of samples)
        for (const c of samples) {
          const path = appUrlToPath(`${APP_ORIGIN}/${a}/${b}${c}`, root);
          if (path !== null) expect(path.startsWith(`${root}/`), path).toBe(true);
        }
  });
});

describe('mimeTypeFor', () => {
  it('serves scripts as text/javascript so module workers start', () => {
    expect(mimeTypeFor('/r/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/r/assets/rosterReader.worker-abc.js')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(mimeTypeFor('/r/assets/x.MJS')).toBe('text/javascript; charset=utf-8');
  });

  it('knows the renderer’s other file kinds', () => {
    expect(mimeTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/r/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/r/assets/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/r/assets/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/r/icon.png')).toBe('image/png');
    expect(mimeTypeFor('/r/a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/r/unknown.bin')).toBe('application/octet-stream');
    expect(mimeTypeFor('/r/noextension')).toBe('application/octet-stream');
  });
});

describe('APP_SCHEME_PRIVILEGES', () => {
  it('is a secure standard scheme with fetch, streams and code cache, and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      allowServiceWorkers: false,
      stream: true,
      codeCache: true,
    });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled');
  });
});
