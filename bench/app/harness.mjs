// The app benches: time the real app pages (the web build in out/web, as the e2e tests run
// it) on a township-sized database. The database is seeded by the bench page (out/bench,
// served under /__bench/ on the same origin, so it writes the app's own IndexedDB), then the
// bench drives the app like a chair would. Each row of the report carries its target; a
// missed target makes the bench exit 1.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'vite';
import { launch } from '../../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
// BENCH_WEB: another build of the web app (an A/B comparison of two builds in one run).
const WEB = resolve(ROOT, process.env.BENCH_WEB ?? 'out/web');
const BENCH = join(ROOT, 'out/bench');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Builds the web app and the bench page, unless BENCH_NO_BUILD=1 (bench/run.mjs builds once). */
export async function buildOnce() {
  if (process.env.BENCH_NO_BUILD === '1') return;
  await build({ configFile: join(ROOT, 'vite.web.config.ts'), logLevel: 'warn' });
  await build({ configFile: join(ROOT, 'bench/vite.bench.config.ts'), logLevel: 'warn' });
}

function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [base, rel] = path.startsWith('/__bench/') ? [BENCH, path.slice(8)] : [WEB, path];
    let file = normalize(join(base, rel));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () =>
      r({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((c) => server.close(c)),
      }),
    ),
  );
}

/**
 * Opens a fresh Chromium profile, seeds the app's database with `spec` (see
 * bench/browser/seedApp.ts) and calls fn({ page, url }) with the app not yet opened.
 * Long tasks (>50 ms) are recorded on every page: read them with longTasks(page).
 */
export async function withSeededApp(spec, fn) {
  await buildOnce();
  const server = await serve();
  const b = await launch();
  try {
    await b.page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await b.page.goto(`${server.url}__bench/`);
    await b.page.getByText('bench ready').waitFor();
    const seeded = await b.page.evaluate((s) => window.seedApp(s), spec);
    return await fn({ page: b.page, url: server.url, seeded, errors: b.errors });
  } finally {
    await b.close();
    await server.close();
  }
}

/** The longest main-thread task (ms) recorded on the current page since it loaded. */
export const longestTask = (page) =>
  page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])));

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

/**
 * Prints the table: each row { 项目, 数值, 目标, met } (met: true/false, or null when the row
 * has no target), and a JSON line. Returns the number of missed targets.
 */
export function reportTargets(title, rows, json) {
  console.log(title);
  console.table(
    rows.map(({ met, ...r }) => ({ ...r, 达标: met === null ? '' : met ? '是' : '否' })),
  );
  console.log(`JSON ${JSON.stringify(json ?? rows)}`);
  return rows.filter((r) => r.met === false).length;
}

/**
 * In the page: set the hash, then resolve with the ms until the end of the first frame where
 * `selector` matches (a MessageChannel tick after that frame's rAF: the paint's work counted).
 */
export const openTimed = (page, hash, selector, timeoutMs = 120_000) =>
  page.evaluate(
    ([hash, selector, timeoutMs]) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        location.hash = hash;
        const deadline = t0 + timeoutMs;
        const tick = () => {
          if (document.querySelector(selector)) {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - t0);
            ch.port2.postMessage(0);
          } else if (performance.now() > deadline) reject(new Error(`no ${selector}`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [hash, selector, timeoutMs],
  );

/**
 * Times one step of a page the way the page sees it: from its own click (or the file handed
 * to it) to the end of the first frame where `selector` matches (the frame after the DOM
 * change that made it match), as openTimed does. Timing
 * from Node around Playwright's waitFor added 0–500 ms to each long step: its checks back off
 * to one every 500 ms after the first ~0.3 s.
 */
export async function stepTimed(page, selector, act, timeoutMs = 180_000) {
  await page.evaluate((selector) => {
    if (document.querySelector(selector)) throw new Error(`${selector} 在操作之前就已显示`);
    const step = (window.__step = { start: null, end: null });
    const started = () => {
      step.start ??= performance.now();
      queueMicrotask(seen);
    };
    document.addEventListener('click', started, { capture: true, once: true });
    document.addEventListener('change', started, { capture: true, once: true });
    const endOfFrame = () => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (step.end = performance.now());
      ch.port2.postMessage(0);
    };
    // Watched on DOM changes, not polled every frame: a requestAnimationFrame loop kept the
    // page producing 60 frames a second all through a 5 s write (the floor has no such
    // loop), load the page being timed would not otherwise have.
    let found = false;
    const seen = () => {
      if (found || step.start === null || !document.querySelector(selector)) return;
      found = true;
      watch.disconnect();
      requestAnimationFrame(endOfFrame);
    };
    const watch = new MutationObserver(seen);
    watch.observe(document, { subtree: true, childList: true, attributes: true });
  }, selector);
  await act();
  await page.locator(selector).first().waitFor({ timeout: timeoutMs });
  await page.waitForFunction(() => window.__step.end !== null, null, { timeout: timeoutMs });
  return page.evaluate(() => window.__step.end - window.__step.start);
}
