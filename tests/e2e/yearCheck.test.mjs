import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expectText, launch, nav, screenshot, serveWeb } from './harness.mjs';

test(
  '台账检查 on 年度统计 lists the demo union’s gaps and a record opens its screen',
  { timeout: 40_000 },
  async () => {
    const server = await serveWeb();
    const b = await launch();
    try {
      const { page } = b;
      await page.goto(server.url);
      await page.getByTestId('load-demo-first-run').click();
      await page.getByTestId('home').waitFor();
      await nav(page, '年度统计');
      const check = page.getByTestId('year-check');
      await check.waitFor();
      await check.scrollIntoViewIfNeeded();
      // The funds demo keeps one expense without its approver; the congress demo an overdue proposal.
      const text = await expectText(check, /经费支出手续不全1笔/);
      assert.match(text, /缺审批人/);
      assert.match(text, /提案未答复\d+件/);
      assert.match(text, /逾期未答复/);
      assert.equal(await page.getByTestId('year-check-complete').count(), 0);
      mkdirSync(ARTIFACTS, { recursive: true });
      await check.screenshot({ path: join(ARTIFACTS, 'yearCheck-01-list.png') });

      // 检查规则: the chair's own number with its source; the list follows at once. The demo
      // term ends on 31 Aug 2028: not within the default 3 months, within her 24.
      assert.equal(await page.getByTestId('year-check-union.term').count(), 0);
      await page.getByTestId('year-check-rules-button').click();
      const rules = page.getByTestId('year-check-rules');
      await rules.getByLabel('任期届满提前提醒', { exact: true }).fill('24');
      await rules.getByLabel('任期届满提前提醒的依据').fill('本会设定：提前两年筹备换届');
      await screenshot(page, 'yearCheck-00-rules');
      await rules.getByRole('button', { name: '保存规则' }).click();
      await page.keyboard.press('Escape');
      await page
        .getByTestId('year-check-union.term')
        .filter({ hasText: '任期即将届满' })
        .filter({ hasText: '24个月内' })
        .waitFor();

      // 打印检查清单: A4 pages of the items and their records.
      await page.getByTestId('year-check-print-button').click();
      await page.getByTestId('print-page').first().waitFor();
      const pdf = join(ARTIFACTS, 'yearCheck.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(ARTIFACTS, 'yearCheck-print')]);
      const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      assert.match(printed, /年度台账检查清单/);
      assert.match(printed, /经费支出手续不全（1笔）/);
      assert.match(printed, /缺审批人/);
      assert.match(printed, /第\s*1\s*页\s*共\s*1\s*页/);
      await page.goBack();
      await page.getByTestId('year-check').waitFor();

      // A record opens the screen that fixes it: the expense's form, with its gap shown.
      const expenses = page.getByTestId('year-check-funds.incompleteExpenses');
      await expenses.getByRole('link', { name: /缺审批人/ }).click();
      await page.getByTestId('entry-incomplete').waitFor();
      assert.match(page.url(), /\/funds\/entries\//);
      await expectText(page.getByTestId('entry-incomplete'), /审批人/);
      await screenshot(page, 'yearCheck-02-expense');

      // And the item's own link opens the list of proposals.
      await page.goBack();
      await page
        .getByTestId('year-check-proposals.unanswered')
        .getByTestId('year-check-link')
        .click();
      await page.waitForURL(/\/congress\?tab=proposals/);
      await page.getByText('关于规范教职工体检项目的建议').first().waitFor();
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
      await server.close();
    }
  },
);
