import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppFile } from './appProtocol';
import { useTempDirs } from './ipc/testDir';

const tempDir = useTempDirs();
const CSP = "default-src 'self'";

/** A built renderer folder beside a file that must never be served. */
async function builtApp() {
  const base = await tempDir();
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>工会台账</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'rosterReader.worker-abc.js'), 'self.onmessage = null;');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await mkdir(join(base, 'main'));
  await writeFile(join(base, 'main', 'main.js'), 'secret main process code');
  await writeFile(join(base, 'secret.txt'), 'secret');
  return { base, root };
}

const get = (url: string, extra: { method?: string; initiatorOrigin?: string } = {}) => ({
  url,
  method: 'GET',
  ...extra,
});

describe('serveAppFile', () => {
  it('serves the page with the CSP header and scripts as text/javascript', async () => {
    const { root } = await builtApp();
    const page = await serveAppFile(get('app://uniondesk/index.html#/members'), root, CSP);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('工会台账');

    const worker = await serveAppFile(
      get('app://uniondesk/assets/rosterReader.worker-abc.js', {
        initiatorOrigin: 'app://uniondesk',
      }),
      root,
      CSP,
    );
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('content-security-policy')).toBeNull();
    expect(await worker.text()).toBe('self.onmessage = null;');

    const css = await serveAppFile(get('app://uniondesk/assets/index-abc.css'), root, CSP);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const { root } = await builtApp();
    const res = await serveAppFile(
      get(`app://uniondesk/index.html`, { method: 'HEAD' }),
      root,
      CSP,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('answers 404 to anything outside the renderer folder', async () => {
    const { root } = await builtApp();
    for (const url of [
      'app://uniondesk/../main/main.js',
      'app://uniondesk/%2e%2e/main/main.js',
      'app://uniondesk/%2e%2e%2fsecret.txt',
      'app://uniondesk/..%5csecret.txt',
      'app://uniondesk/assets/..%2f..%2fsecret.txt',
      `app://uniondesk/${encodeURIComponent(join(root, '..', 'secret.txt'))}`,
      'app://evil/index.html',
      'file:///etc/passwd',
    ]) {
      const res = await serveAppFile(get(url), root, CSP);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).toBe('Not found');
    }
  });

  it('answers 404 to missing files, folders and links', async () => {
    const { base, root } = await builtApp();
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.js'));
    await symlink(join(base, 'main'), join(root, 'linked'));
    for (const url of [
      'app://uniondesk/missing.js',
      'app://uniondesk/assets',
      'app://uniondesk/assets/link.js',
      'app://uniondesk/linked/main.js',
    ])
      expect((await serveAppFile(get(url), root, CSP)).status, url).toBe(404);
  });

  it('refuses other methods and requests made by a foreign page', async () => {
    const { root } = await builtApp();
    const url = 'app://uniondesk/assets/index-abc.js';
    expect((await serveAppFile(get(url, { method: 'POST' }), root, CSP)).status).toBe(404);
    expect(
      (await serveAppFile(get(url, { initiatorOrigin: 'https://evil.example' }), root, CSP)).status,
    ).toBe(404);
    expect((await serveAppFile(get(url, { initiatorOrigin: 'null' }), root, CSP)).status).toBe(404);
    expect((await serveAppFile(get(url), root, CSP)).status).toBe(200);
  });
});
