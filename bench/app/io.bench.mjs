// Import, export and the sign-in PDF at township scale, through the real app pages (issue 9):
//  - import a 50,000 and a 100,000-row .xlsx through the wizard (its Worker, the match step,
//    the one undoable write) into an empty roster, against the floor (SheetJS read +
//    sheet_to_json + Dexie bulkAdd of the same rows) measured in a fresh browser right
//    before and right after each import; the longest main-thread task; the write's
//    progress bar seen moving;
//  - export 50,000 members from the roster page's 导出 menu, against SheetJS's own
//    compressed write of the same sheet (the app's file read back by SheetJS: it must open);
//  - the sign-in sheet of a 5,000 and a 20,000-person meeting → PDF from the print page.
// Medians of BENCH_REPEAT (3) runs; the 50,000-row import, IO_IMPORT_REPEAT (5) runs.
// IO_ONLY=import|export|print runs one part.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longestTask, median, reportTargets, stepTimed, withSeededApp } from './harness.mjs';
import { withProcessCpu } from './processCpu.mjs';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
/**
 * The 50,000-row import has the tightest target (1.3×) and is the noisiest row on a shared
 * two-core machine (its floor alone moved 4.7–6.1 s between runs of one session): 5 runs.
 */
const IMPORT_REPEAT = Number(process.env.IO_IMPORT_REPEAT ?? 5);
const ONLY = process.env.IO_ONLY ?? '';
const IMPORT_SIZES = (process.env.IO_IMPORT_SIZES ?? '50000,100000').split(',').map(Number);
const PRINT_SIZES = (process.env.IO_PRINT_SIZES ?? '5000,20000').split(',').map(Number);
const EXPORT_MEMBERS = Number(process.env.IO_EXPORT_MEMBERS ?? 50_000);
const fmt = (n) => n.toLocaleString('en-US');
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rows = [];
const json = {};

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * The import floor in a browser of its own, started fresh as the app's is: its database is
 * the origin's only one, as the app's import has the origin to itself.
 */
function floorOnce(n) {
  return withSeededApp({ members: 0 }, ({ page }) =>
    page.evaluate((k) => window.ioImportFloor(k), n),
  );
}

/** One import of n rows into an empty roster; returns its timings. */
async function importOnce(n) {
  return withSeededApp({ members: 0 }, async ({ page, url }) => {
    const buffer = Buffer.from(await page.evaluate((k) => window.ioRosterXlsx(k), n), 'base64');
    await page.goto(`${url}#/roster/import`);
    await page.getByTestId('import-pick-file').waitFor();
    // From a file on disk: a buffer would be decoded by Playwright on the page's main thread.
    const file = join(mkdtempSync(join(tmpdir(), 'io-bench-')), `花名册${n}.xlsx`);
    writeFileSync(file, buffer);
    // Long tasks from here on: the import's, not the app's start (another row of issue 9).
    await page.evaluate(() => (window.__longTasks.length = 0));
    // Each step from the page's click to the frame that shows its result, timed in the page
    // as the floor is.
    const readMs = await stepTimed(page, '[data-testid="mapping-table"]', async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-pick-file').click();
      await (await chooser).setFiles(file);
    });
    const previewMs = await stepTimed(page, '[data-testid="preview-table"]', () =>
      page.getByTestId('import-next').click(),
    );
    const matchMs = await stepTimed(page, '[data-testid="plan-新增"]', () =>
      page.getByTestId('import-next').click(),
    );
    const adds = Number(await page.getByTestId('plan-新增').textContent());
    // Watch the write's progress bar: the values it shows while the transaction runs.
    await page.evaluate(() => {
      window.__writeProgress = [];
      const seen = () => {
        const bar = document.querySelector('[data-testid="import-write-progress"]');
        const v = bar?.getAttribute('data-done');
        if (v && window.__writeProgress.at(-1) !== v) window.__writeProgress.push(v);
      };
      new MutationObserver(seen).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    const writeMs = await stepTimed(page, '[data-testid="import-done"]', () =>
      page.getByTestId('import-write').click(),
    );
    const added = Number(await page.getByTestId('summary-新增').textContent());
    if (added !== adds || adds < n * 0.95)
      throw new Error(`导入行数不符：计划 ${adds}，写入 ${added}`);
    const progress = await page.evaluate(() => window.__writeProgress.length);
    const longest = await longestTask(page);
    const totalMs = readMs + previewMs + matchMs + writeMs;
    return { readMs, previewMs, matchMs, writeMs, totalMs, longest, progress };
  });
}

if (!ONLY || ONLY === 'import') {
  for (const n of IMPORT_SIZES) {
    // Floor, import, floor, import, … floor: each import is set against the mean of the
    // floors measured just before and just after it, so a load on the machine that comes
    // or goes between the two weighs on both sides of its ratio.
    const repeat = n <= 50_000 ? IMPORT_REPEAT : REPEAT;
    const floors = [await floorOnce(n)];
    const runs = [];
    for (let k = 0; k < repeat; k++) {
      const run = await importOnce(n);
      floors.push(await floorOnce(n));
      runs.push({ ...run, floorMs: (floors[k] + floors[k + 1]) / 2 });
    }
    const m = (key) => median(runs.map((r) => r[key]));
    const ratio = median(runs.map((r) => r.totalMs / r.floorMs));
    const target = n <= 50_000 ? 1.3 : 1.5;
    const longest = Math.max(...runs.map((r) => r.longest));
    const progress = Math.min(...runs.map((r) => r.progress));
    json[`import${n}`] = { runs, floors, ratio };
    rows.push(
      {
        项目: `导入 ${fmt(n)} 行（向导：读取 ${s(m('readMs'))}，检查 ${s(m('previewMs'))}，比对 ${s(m('matchMs'))}，写入 ${s(m('writeMs'))}）`,
        数值: `${s(m('totalMs'))}；基准 ${s(m('floorMs'))}；${ratio.toFixed(2)}×（各次 ${runs.map((r) => (r.totalMs / r.floorMs).toFixed(2)).join(' / ')}）`,
        目标: `≤ ${target}× 基准`,
        met: ratio <= target,
      },
      {
        项目: `导入 ${fmt(n)} 行：最长主线程任务`,
        // The longest of all runs is the figure; each run's shows whether it is one outlier.
        数值: `${longest} ms（各次 ${runs.map((r) => r.longest).join(' / ')} ms）`,
        目标: '≤ 200 ms',
        met: longest <= 200,
      },
      {
        项目: `导入 ${fmt(n)} 行：写入时进度更新次数`,
        数值: `${progress}`,
        目标: '≥ 3',
        met: progress >= 3,
      },
    );
  }
}

if (!ONLY || ONLY === 'export') {
  await withSeededApp({ members: EXPORT_MEMBERS }, async ({ page, url }) => {
    // SheetJS's own compressed write of the same sheet runs on the bench page in a second
    // tab of the same browser, right after each export: each run's ratio sees the same load.
    const floorPage = await page.context().newPage();
    await floorPage.goto(`${url}__bench/`);
    await floorPage.getByText('bench ready').waitFor();
    await page.goto(`${url}#/roster`);
    await page
      .getByTestId('roster-table')
      .getByText('第1单位')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByTestId('roster-counts').waitFor();
    const runs = [];
    let last;
    let listed = 0;
    for (let k = 0; k < REPEAT; k++) {
      await page.bringToFront();
      await page.getByRole('button', { name: '导出' }).click();
      const item = page.getByRole('menuitem', { name: /导出当前列表/ });
      await item.waitFor();
      listed = Number((await item.textContent()).match(/（([\d,]+) 人）/)[1].replace(/,/g, ''));
      // From the chair's click on 「导出当前列表」 to the file handed to the browser.
      let download;
      const ms = await timed(async () => {
        const dl = page.waitForEvent('download', { timeout: 60_000 });
        await item.click();
        download = await dl;
      });
      last = readFileSync(await download.path());
      await floorPage.bringToFront();
      const f = await floorPage.evaluate((b) => window.ioExportFloor(b), last.toString('base64'));
      runs.push({ ms, floorMs: f.ms, rows: f.rows, first: f.first });
    }
    const ms = median(runs.map((r) => r.ms));
    const floorMs = median(runs.map((r) => r.floorMs));
    const ratio = median(runs.map((r) => r.ms / r.floorMs));
    const readable = listed > 0 && runs.every((r) => r.rows === listed + 1);
    json.export = { runs, ratio, listed, bytes: last.byteLength };
    rows.push({
      项目: `导出 ${fmt(listed)} 人 .xlsx（花名册 ${fmt(EXPORT_MEMBERS)} 人中的在册名单，「导出当前列表」，${(last.byteLength / 1e6).toFixed(1)} MB，SheetJS 读回 ${fmt(runs[0].rows - 1)} 行）`,
      数值: `${s(ms)}；SheetJS 压缩写出 ${s(floorMs)}；${ratio.toFixed(2)}×`,
      目标: '≤ 1.2×，且 SheetJS 能读回全部行',
      met: ratio <= 1.2 && readable,
    });
  });
}

if (!ONLY || ONLY === 'print') {
  const byN = {};
  for (const n of PRINT_SIZES) {
    await withSeededApp({ members: 50_000, bigActivity: n }, async ({ page, url }) => {
      const viewMs = await timed(async () => {
        await page.goto(`${url}#/activities/big/sign-in`);
        await page.getByTestId('print-pages').waitFor({ timeout: 120_000 });
        await page.getByTestId('print-page').first().waitFor({ timeout: 120_000 });
      });
      const pages = await page.getByTestId('print-page').count();
      const times = [];
      const cpus = [];
      let bytes = 0;
      for (let k = 0; k < REPEAT; k++) {
        const t = performance.now();
        const { result: pdf, cpuMs } = await withProcessCpu(() =>
          page.pdf({ preferCSSPageSize: true, printBackground: true }),
        );
        times.push(performance.now() - t);
        cpus.push(cpuMs);
        bytes = pdf.byteLength;
      }
      const cpuMs = cpus.includes(null) ? null : median(cpus);
      byN[n] = { viewMs, pdfMs: median(times), times, cpuMs, cpus, pages, bytes };
    });
  }
  json.print = byN;
  const [small, big] = PRINT_SIZES;
  const a = byN[small];
  // CPU time of all Chromium processes, beside the wall time: on a loaded machine the wall
  // ratio swings by ±1× from run to run, the CPU ratio much less (information, not a target).
  const cpu = (r) => (r.cpuMs === null ? '' : `，CPU ${s(r.cpuMs)}`);
  rows.push({
    项目: `签到表 ${fmt(small)} 人 → PDF（打印页，${a.pages} 页，${(a.bytes / 1e6).toFixed(1)} MB；打开打印页 ${s(a.viewMs)}）`,
    数值: `${s(a.pdfMs)}${cpu(a)}`,
    目标: '≤ 3 s',
    met: a.pdfMs <= 3000,
  });
  if (big) {
    const b = byN[big];
    const ratio = b.pdfMs / a.pdfMs;
    const limit = (4.2 * big) / 20_000;
    rows.push({
      项目: `签到表 ${fmt(big)} 人 → PDF（${b.pages} 页，${(b.bytes / 1e6).toFixed(1)} MB；打开打印页 ${s(b.viewMs)}）`,
      数值: `${s(b.pdfMs)}；${ratio.toFixed(2)}× ${fmt(small)} 人${
        a.cpuMs && b.cpuMs ? `（CPU ${(b.cpuMs / a.cpuMs).toFixed(2)}×）` : ''
      }`,
      目标: `≤ ${limit.toFixed(1)}×（线性）`,
      met: ratio <= limit,
    });
  }
}

const missed = reportTargets(
  `导入、导出、签到表（真实页面，各取 ${REPEAT} 次中位数；5 万行导入取 ${IMPORT_REPEAT} 次）`,
  rows,
  json,
);
process.exit(missed ? 1 : 0);
