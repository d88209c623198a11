import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  ARTIFACTS,
  expectCount,
  expectText,
  launch,
  nav,
  screenshot,
  serveWeb,
} from './harness.mjs';

const OUT = join(ARTIFACTS, 'statsTable');

test(
  'the chair fills the superior union’s statistics table, it survives a reload, exports and prints',
  { timeout: 40_000 },
  async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const server = await serveWeb();
    const b = await launch();
    try {
      const { page } = b;
      await page.goto(server.url);
      await page.getByTestId('load-demo-first-run').click();
      await page.getByTestId('home').waitFor();
      await nav(page, '年度统计');
      await page.getByTestId('year-end-page').waitFor();
      const inService = await page
        .getByTestId('figure-members.inService')
        .getByTestId('figure-value')
        .textContent();
      await page.getByTestId('year-end-stats-table').click();
      await page.getByTestId('stats-table-page').waitFor();
      const year = new Date().getFullYear();
      await expectText(
        page.getByTestId('stats-table-period'),
        new RegExp(`${year}年基层工会年度统计表`),
      );

      // A filled row shows the figure and names it.
      const row = page.getByTestId('stats-row-membersInService');
      assert.equal(`${await row.getByTestId('stats-value').textContent()} 人`, inService.trim());
      await expectText(row, /members\.inService/);

      // A bad value says why in Chinese and is not kept.
      const migrant = page.getByTestId('stats-input-migrantWorkers');
      await migrant.fill('十二');
      await migrant.blur();
      await page.getByText('请填写不小于 0 的整数').waitFor();
      await migrant.fill('12');
      await migrant.blur();
      const contract = page.getByTestId('stats-input-contract');
      await contract.click();
      await page.getByRole('option', { name: '是', exact: true }).click();
      await page.getByTestId('stats-row-contract').getByText('手工填写').waitFor();
      await screenshot(page, 'statsTable-01-table');

      // ── reload: the typed cells are still there ──
      await page.reload();
      await page.getByTestId('stats-table-page').waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="stats-input-migrantWorkers"]')?.value === '12',
      );
      assert.equal(await page.getByTestId('stats-input-contract').inputValue(), '是');

      // ── 导出Excel, read back with SheetJS ──
      const downloading = page.waitForEvent('download');
      await page.getByTestId('stats-table-export').click();
      const download = await downloading;
      assert.match(
        download.suggestedFilename(),
        new RegExp(`${year}年基层工会年度统计表_.*\\.xlsx$`),
      );
      const wb = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
      assert.deepEqual(wb.SheetNames, ['统计表']);
      const rows = XLSX.utils.sheet_to_json(wb.Sheets['统计表'], { header: 1 });
      const byLabel = (label) => rows.find((r) => r[1] === label);
      assert.deepEqual(byLabel('其中：农民工').slice(2), [12, '人', '手工填写']);
      assert.deepEqual(byLabel('签订集体合同').slice(2, 3), ['是']);
      assert.equal(byLabel('其中：在职会员')[2], Number(inService.replace(/\D/g, '')));
      assert.equal(byLabel('其中：在职会员')[4], '台账：在职会员（members.inService）');
      assert.equal(byLabel('开展会员评家')[4], '待填写');
      assert.match(byLabel('其中：女职工')[4], /staff\.women/);

      // ── 打印: one A4 page ──
      await page.getByTestId('stats-table-print-button').click();
      await page.getByTestId('print-page').first().waitFor();
      await screenshot(page, 'statsTable-02-print');
      await expectCount(page.getByTestId('print-page'), 1);
      const pdf = join(OUT, 'statsTable.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(OUT, 'statsTable')]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = Number(
        /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1],
      );
      assert.equal(pages, 1);
      assert.match(text, /基层工会年度统计表/);
      assert.match(text, /农民工\s+12/);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
      await server.close();
    }
  },
);
