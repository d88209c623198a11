// `npm run bench [name]`: first the app benches (bench/app/*.bench.mjs: the real app pages on
// a township-sized database, each row with its target), then the micro-benchmarks
// (bench/*.bench.mjs: the engines alone). Each prints a table and a JSON line; a missed
// target makes its bench, and this command, exit 1. Timing goals live here, never in tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildOnce } from './app/harness.mjs';

const dir = import.meta.dirname;
const only = process.argv[2];
const list = (d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.bench.mjs'))
    .filter((f) => !only || f.includes(only))
    .sort()
    .map((f) => join(d, f));
const app = list(join(dir, 'app'));
const micro = list(dir);
if (app.length + micro.length === 0) console.log('没有基准测试 (no benches match)');
if (app.length) await buildOnce();
let failed = 0;
for (const [title, benches] of [
  ['真实页面（app）', app],
  ['引擎微基准（micro）', micro],
]) {
  if (benches.length) console.log(`\n######## ${title}`);
  for (const b of benches) {
    console.log(`\n== ${b.slice(dir.length + 1)}`);
    const r = spawnSync(process.execPath, [b], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_NO_BUILD: app.includes(b) ? '1' : '' },
    });
    if (r.status !== 0) failed++;
  }
}
process.exit(failed ? 1 : 0);
