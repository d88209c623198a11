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

const OUT = join(ARTIFACTS, 'yearEnd');

test(
  'the chair sees the demo union’s year, opens the members behind a figure, prints and exports it',
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
      const year = new Date().getFullYear();
      await expectText(
        page.getByTestId('year-end-period'),
        new RegExp(`${year}年度统计 · 统计期：${year}年1月1日至${year}年12月31日`),
      );
      await screenshot(page, 'yearEnd-01-figures');

      // ── a figure opens the records it counted ──
      const value = await page
        .getByTestId('figure-members.inService')
        .getByTestId('figure-value')
        .textContent();
      const inService = Number(value.replace(/\D/g, ''));
      assert.ok(inService > 50, `在职会员只有 ${value}`);
      // Beside last year: 上年 and 增减, the change being this year's value minus last year's.
      const row = page.getByTestId('figure-members.inService');
      const before = Number(
        (await row.getByTestId('figure-before').textContent()).replace(/\D/g, ''),
      );
      const change = await row.getByTestId('figure-change').textContent();
      const expected = inService - before;
      assert.equal(
        change,
        expected === 0 ? '持平' : `${expected > 0 ? '+' : '−'}${Math.abs(expected)}`,
      );
      await page.getByRole('button', { name: '在职会员：查看明细', exact: true }).click();
      await page.getByTestId('figure-records').waitFor();
      await expectCount(page.getByTestId('figure-records').locator('tbody tr'), inService);
      await screenshot(page, 'yearEnd-02-records');
      await page.keyboard.press('Escape');

      const activityRows = await page.getByTestId('year-activities').locator('tbody tr').count();
      const count = await page
        .getByTestId('figure-activities.count')
        .getByTestId('figure-value')
        .textContent();
      assert.equal(`${activityRows} 次`, count);

      // 参加活动人次 opens the attendance rows behind it: the page keeps counts, not rows, so
      // the drawer reads the rows it shows.
      const personTimes = Number(
        (
          await page
            .getByTestId('figure-activities.personTimes')
            .getByTestId('figure-value')
            .textContent()
        ).replace(/\D/g, ''),
      );
      assert.ok(personTimes > 0);
      await page.getByRole('button', { name: '参加活动人次：查看明细', exact: true }).click();
      const attendance = page.getByTestId('figure-records').locator('tbody tr');
      await attendance.nth(Math.min(personTimes, 500) - 1).waitFor();
      await expectCount(attendance, Math.min(personTimes, 500));
      await expectText(attendance.first(), /会员/);
      await screenshot(page, 'yearEnd-03-attendance-records');
      await page.keyboard.press('Escape');

      // ── attendance changed on an activity's screen shows on 年度统计 next time ──
      // (the page keeps per-activity counts; the change drops that activity's and it is recounted)
      const firstActivity = page.getByTestId('year-activities').locator('tbody tr').first();
      const attendedCell = () => firstActivity.locator('td').nth(3).textContent();
      const attendedBefore = Number(await attendedCell());
      await firstActivity.getByRole('link').click();
      const countPresent = async () => Number(await page.getByTestId('count-出席').textContent());
      await page.getByTestId('count-出席').waitFor();
      assert.equal(await countPresent(), attendedBefore);
      await page.getByRole('button', { name: '登记出席' }).click();
      await page.getByTestId('attendance-list').waitFor();
      await page.keyboard.press('3');
      await page.keyboard.press('3');
      await page.getByRole('button', { name: /^保存/ }).first().click();
      await page.getByText(/已保存 \d+ 人的出席登记/).waitFor();
      await page.getByRole('button', { name: /返回/ }).click();
      const attendedAfter = await countPresent();
      assert.ok(attendedAfter < attendedBefore, `出席 ${attendedBefore} → ${attendedAfter}`);
      await nav(page, '年度统计');
      await page.getByTestId('year-end-page').waitFor();
      await page.waitForFunction(
        (n) =>
          document.querySelector('[data-testid="year-activities"] tbody tr td:nth-child(4)')
            ?.textContent === String(n),
        attendedAfter,
        { timeout: 20_000 },
      );
      const personTimesAfter = Number(
        (
          await page
            .getByTestId('figure-activities.personTimes')
            .getByTestId('figure-value')
            .textContent()
        ).replace(/\D/g, ''),
      );
      assert.equal(personTimesAfter, personTimes - (attendedBefore - attendedAfter));

      // ── 导出Excel: figures and activities in one workbook ──
      const downloading = page.waitForEvent('download');
      await page.getByTestId('year-end-export').click();
      const download = await downloading;
      assert.match(download.suggestedFilename(), new RegExp(`^${year}年度统计_.*\\.xlsx$`));
      const wb = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
      assert.deepEqual(wb.SheetNames, ['年度统计', '活动明细']);
      const rows = XLSX.utils.sheet_to_json(wb.Sheets['年度统计'], { header: 1 });
      assert.ok(rows.some((r) => r[5] === 'members.inService' && r[2] === inService));

      // ── 打印: A4 pages with the title, page X of Y ──
      await page.getByTestId('year-end-print-button').click();
      await page.getByTestId('print-page').first().waitFor();
      await screenshot(page, 'yearEnd-03-print');
      const pdf = join(OUT, 'yearEnd.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'yearEnd')]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = await page.getByTestId('print-page').count();
      assert.match(text, new RegExp(`${year}年度统计`));
      assert.match(text, new RegExp(`第\\s*1\\s*页\\s*共\\s*${pages}\\s*页`));
      assert.match(text, /入会率/);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
      await server.close();
    }
  },
);
