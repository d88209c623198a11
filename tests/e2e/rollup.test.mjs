// 台账汇总 journey (issue 15): a township federation collects three unions' 年度台账 and a
// damaged file in one pick, sees the damaged one listed with its reason, reads figures that
// equal the sum of the unions' own, and prints the roll-up to a PDF checked with pdftotext.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import XLSX from 'xlsx';
import {
  ARTIFACTS,
  completeFirstRun,
  expectText,
  launch,
  nav,
  screenshot,
  serveWeb,
} from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ARTIFACTS, 'rollup');

/** The federation's register of affiliated unions, written directly (the 下属工会 journey keys them in). */
async function registerUnions(page, unions) {
  await page.evaluate(
    (rows) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('uniondesk');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('affiliatedUnions', 'readwrite');
          for (const r of rows)
            tx.objectStore('affiliatedUnions').put({
              kind: '单独建会（学校）',
              coveredUnits: 1,
              staff: 0,
              members: 0,
              women: 0,
              chairName: '',
              chairPhone: '',
              termStart: '',
              termEnd: '',
              hasCongress: false,
              hasCollectiveContract: false,
              hasOpenAffairs: false,
              hasOwnAccount: false,
              grade: '',
              founded: '',
              note: '',
              ...r,
            });
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    unions,
  );
}

test('a federation collects three packages and a damaged file, and prints the roll-up', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'rollup-e2e-'));
  const { files } = JSON.parse(
    execFileSync('node', ['scripts/run-ts.mjs', 'tests/e2e/rollupPackages.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  const server = await serveWeb();
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(server.url);
    // 台账汇总 is in the sidebar of a 乡镇街道总工会 only.
    await page.getByTestId('first-run').waitFor();
    await page.getByTestId('union-type').getByText('乡镇街道总工会').click();
    await completeFirstRun(page, {
      unionName: '城关镇总工会',
      unitName: '城关镇',
      chairName: '周建国',
      superiorUnion: '某县总工会',
      termStart: '2023-01-01',
      termEnd: '2027-12-31',
    });
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    await registerUnions(page, [
      { id: 'aff-1', name: '城南小学工会委员会', code: 'CN-01' },
      { id: 'aff-2', name: '城北中学工会委员会', code: 'CB-02' },
      { id: 'aff-3', name: '西街社区工会', code: 'XJ-03' },
    ]);
    // Written behind Dexie's back: reload so no live query keeps its cached (empty) list.
    await page.reload();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();

    await nav(page, '台账汇总');
    await page.getByTestId('rollup-page').waitFor();
    await page.getByTestId('rollup-year').fill('2026');
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('rollup-choose').click();
    await (await chooser).setFiles(files);
    await page.getByTestId('rollup-outcome').waitFor();
    const refused = await page.getByTestId('rollup-refused').textContent();
    assert.match(refused, /损坏的台账\.xlsx/);
    assert.match(refused, /损坏/);
    await expectText(page.getByTestId('rollup-outcome'), /导入 3 个/);
    // 东风机械厂工会 is not in the register: imported, listed, and can be registered.
    const unknown = await page.getByTestId('rollup-unknown').textContent();
    assert.match(unknown, /东风机械厂工会/);
    assert.match(unknown, /登记为下属工会/);
    await screenshot(page, 'rollup/01-collect');

    // ── 汇总统计: the sums of the three unions' own figures ──
    await page.getByRole('tab', { name: '汇总统计' }).click();
    const fig = (key) => page.getByTestId(`rollup-figure-${key}`).textContent();
    assert.equal(await fig('unions.count'), '3 个');
    assert.equal(await fig('members.total'), '77 人'); // 40 + 25 + 12
    assert.equal(await fig('staff.inService'), '100 人'); // 50 + 30 + 20
    assert.equal(await fig('membership.rate'), '77.00%'); // 77 ÷ 100, not the mean of rates
    assert.equal(await fig('funds.income'), '1745.05 元'); // 1234.56 + 500.50 + 9.99
    await page.getByTestId('rollup-figure-members.total').click();
    const parts = await page.getByTestId('rollup-figure-parts').textContent();
    assert.match(parts, /城南小学工会委员会40 人/);
    assert.match(parts, /东风机械厂工会12 人/);
    await screenshot(page, 'rollup/02-figures');
    await page.keyboard.press('Escape');

    // ── 报送情况 and 重复人员 ──
    await page.getByRole('tab', { name: /报送情况/ }).click();
    await expectText(page.getByTestId('rollup-sent-summary'), /已报送 3 个，未报送 1 个/);
    const sent = await page.getByTestId('rollup-sent').textContent();
    assert.match(sent, /西街社区工会未报送/);
    await screenshot(page, 'rollup/03-sent');
    await page.getByRole('tab', { name: '重复人员' }).click();
    const shared = await page.getByTestId('rollup-shared').textContent();
    assert.match(shared, /城北中学工会委员会、城南小学工会委员会5/);
    assert.doesNotMatch(await page.content(), /11010119800101\d{4}/);

    // ── 导出 Excel ──
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), '城关镇总工会2026年度台账汇总.xlsx');
    const wb = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
    assert.deepEqual(wb.SheetNames, ['汇总统计', '报送情况', '重复人员']);
    const rows = XLSX.utils.sheet_to_json(wb.Sheets['汇总统计'], { header: 1 });
    assert.ok(rows.some((r) => r[6] === 'members.total' && r[2] === 77));

    // ── 打印汇总表: A4 pages through the print engine ──
    await page.getByRole('button', { name: '打印汇总表' }).click();
    await page.getByTestId('print-page').first().waitFor();
    await screenshot(page, 'rollup/04-print');
    const pdf = join(OUT, 'rollup.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'rollup')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = await page.getByTestId('print-page').count();
    assert.match(text, /城关镇总工会2026年度台账汇总/);
    assert.match(text, new RegExp(`第\\s*1\\s*页\\s*共\\s*${pages}\\s*页`));
    assert.match(text, /会员总数\s+77 人\s+3/);
    assert.match(text, /入会率\s+77\.00%/);
    assert.match(text, /报送情况（已报送 3 个，未报送 1 个）/);
    assert.match(text, /西街社区工会\s+未报送/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
