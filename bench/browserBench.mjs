// Builds the bench page (bench/browser) and opens it in Chromium with a real IndexedDB.
import { build } from 'vite';
import { resolve } from 'node:path';
import { launch, serveWeb } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');

export async function withBenchPage(fn) {
  await build({ configFile: resolve(ROOT, 'bench/vite.bench.config.ts'), logLevel: 'warn' });
  const server = await serveWeb(resolve(ROOT, 'out/bench'));
  const b = await launch();
  try {
    await b.page.goto(server.url);
    await b.page.getByText('bench ready').waitFor();
    return await fn(b.page);
  } finally {
    await b.close();
    await server.close();
  }
}

export function report(title, rows, json) {
  console.log(title);
  console.table(rows);
  console.log(`JSON ${JSON.stringify(json)}`);
}
