// End-to-end harness: serves the built web renderer (out/web) on a free local port and
// drives Debian's Chromium with playwright-core. Every test gets a fresh browser profile,
// so IndexedDB starts empty, and keeps real IndexedDB across reloads within the test.
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Serves out/web (or another built folder); resolves to { url, close }. */
export async function serveWeb(WEB = join(ROOT, 'out/web')) {
  if (!existsSync(join(WEB, 'index.html')))
    throw new Error(`${WEB} is missing: run \`npm run build\` first`);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(WEB, path));
    if (!file.startsWith(WEB)) return res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(WEB, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Debian's Chromium unless CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A journey on the demo union: serves the web build, opens it in a fresh browser, loads the
 * demo from the first-run screen and runs `fn({ page, url })`; then checks the page threw
 * nothing and closes both, whatever happened.
 */
export async function withDemoUnion(fn) {
  const server = await serveWeb();
  const b = await launch();
  try {
    await b.page.goto(server.url);
    await b.page.getByTestId('load-demo-first-run').click();
    await b.page.getByTestId('home').waitFor();
    await fn({ page: b.page, url: server.url, context: b.context });
    if (b.errors.length) throw new Error(`页面出错：${b.errors.join('；')}`);
  } finally {
    await b.close();
    await server.close();
  }
}

/**
 * A journey on a new union: like withDemoUnion, but the first-run wizard is filled with
 * `profile` (TEST_PROFILE unless given) and the roster starts empty.
 */
export async function withNewUnion(fn, profile = TEST_PROFILE) {
  const server = await serveWeb();
  const b = await launch();
  try {
    await b.page.goto(server.url);
    await completeFirstRun(b.page, profile);
    await b.page.getByTestId('home').waitFor();
    await fn({ page: b.page, url: server.url, context: b.context });
    if (b.errors.length) throw new Error(`页面出错：${b.errors.join('；')}`);
  } finally {
    await b.close();
    await server.close();
  }
}

/**
 * One request on a store of the app's own database ('uniondesk'), made in the page with
 * IndexedDB itself, beside the app's connection: e.g. appDb(page, 'pinyinCache', 'get',
 * 'names'). Resolves with the request's result once its transaction has completed.
 */
export function appDb(page, store, method, arg) {
  return page.evaluate(
    ([s, m, a]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('uniondesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(s, m === 'get' || m === 'count' ? 'readonly' : 'readwrite');
          const req = a === undefined ? tx.objectStore(s)[m]() : tx.objectStore(s)[m](a);
          tx.oncomplete = () => (db.close(), resolve(req.result));
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    [store, method, arg],
  );
}

export async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'uniondesk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A real-looking union profile for tests that start from the first-run wizard. */
export const TEST_PROFILE = {
  unionName: '城南小学工会委员会',
  unitName: '城南小学',
  chairName: '陈晓梅',
  superiorUnion: '城南区教育工会',
  termStart: '2024-09-01',
  termEnd: '2029-08-31',
};

/** Fills the first-run wizard with a valid profile. */
export async function completeFirstRun(page, profile) {
  await page.getByLabel('工会名称').fill(profile.unionName);
  await page.getByLabel('单位名称').fill(profile.unitName);
  await page.getByLabel('工会主席').fill(profile.chairName);
  await page.getByLabel('上级工会').fill(profile.superiorUnion);
  await pickDate(page, '任期开始', profile.termStart);
  await pickDate(page, '任期结束', profile.termEnd);
  await page.getByTestId('profile-submit').click();
}

/** Types a date into a Mantine DateInput labelled `label` (it accepts typed text). */
export async function pickDate(page, label, iso) {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(iso);
  // Enter would submit the form; leaving the field commits the typed date.
  await page.keyboard.press('Escape');
  await input.blur();
}

/** Clicks a sidebar entry by its label. */
export async function nav(page, label) {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
}

/** Clicks the button with `testId`, which opens a file picker, and picks `file`. */
export async function chooseFile(page, testId, file) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId(testId).click();
  await (await chooser).setFiles(file);
}

/**
 * Waits until `locator`'s text matches `pattern` (a RegExp, or a string it must equal) and
 * returns it; after `timeout` it fails as assert.match / assert.equal would, showing the
 * text last seen. Figures on screen follow the database through live queries, so a count
 * read the moment a dialog closes can still be the old one on a busy machine.
 */
export async function expectText(locator, pattern, { timeout = 10_000 } = {}) {
  const matches = (text) =>
    text !== null && (typeof pattern === 'string' ? text === pattern : pattern.test(text));
  const end = Date.now() + timeout;
  const read = (ms) => locator.textContent({ timeout: ms }).catch(() => null);
  let text = await read(timeout);
  while (!matches(text) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    // The element was there: a read that finds it gone keeps the text last seen.
    text = (await read(Math.max(1000, end - Date.now()))) ?? text;
  }
  if (typeof pattern === 'string') assert.equal(text, pattern);
  else assert.match(text ?? '', pattern);
  return text;
}

/** Waits until `locator` matches `n` elements; after `timeout` fails naming the count seen. */
export async function expectCount(locator, n, { timeout = 10_000 } = {}) {
  const end = Date.now() + timeout;
  let seen = await locator.count();
  while (seen !== n && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    seen = await locator.count();
  }
  assert.equal(seen, n);
}
