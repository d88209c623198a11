import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expectText, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'funds');
/** Next year's July: the demo union's dues stop at this month, so the month starts empty. */
const YEAR = new Date().getFullYear() + 1;
const JULY = `${YEAR}-07`;
const money = (s) => Number(s.replace(/,/g, ''));

/** Picks `option` in the Mantine Select labelled `label`. */
async function pick(page, label, option) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Types a name into the Autocomplete labelled `label` and closes its list. */
async function sign(page, label, name) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(name);
  await page.keyboard.press('Escape');
}

async function fillEntry(page, f) {
  await page.getByLabel('日期').fill(f.date);
  await page.getByLabel('金额（元）').fill(f.amount);
  await pick(page, '科目', f.category);
  await pick(page, '明细科目', f.sub);
  await page.getByLabel('摘要').fill(f.summary);
  await sign(page, '经办人', f.handler);
  await sign(page, '审核人', f.checker);
  await sign(page, '审批人', f.approver);
}

test('a chair collects July’s dues by keyboard, posts them, records two linked expenses and prints the 公示', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    // ── the July roll: made from the roster, marked by keyboard, saved as one batch ──
    await nav(page, '会费经费');
    await page.getByTestId('dues-month').fill(JULY);
    await page.getByTestId('open-dues-month').click();
    await page.getByTestId('make-roll').click();
    await page.getByTestId('dues-row').first().waitFor();
    const due = await page.getByTestId('dues-row').count();
    assert.ok(due > 50, `${due} members due`);
    const first = await page.getByTestId('dues-row').nth(0).textContent();
    const owed = money(/应缴 ([\d,.]+)/.exec(first)[1]);
    await page.keyboard.press(' ');
    await page.keyboard.press('1');
    await page.keyboard.press(' ');
    await page.keyboard.press('2');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace'); // nothing keyed on the 5th row: no change
    await expectText(page.getByTestId('dues-row').nth(0), /本次登记/);
    await page.getByRole('button', { name: /^保存（4 人）/ }).click();
    await page.getByText('已登记 4 人的会费。').waitFor();
    const summary = await expectText(page.getByTestId('dues-summary'), /已缴 4 人，/);
    const paid = money(/已缴 4 人，([\d,.]+) 元/.exec(summary)[1]);
    assert.ok(paid > owed + 10, summary);
    await expectText(page.getByTestId('dues-row').nth(3), /少缴/);
    await screenshot(page, 'funds-01-roll');

    await page.getByTestId('post-month').click();
    await page.getByText(/^已过账：\d{4}年7月会费/).waitFor();
    await expectText(page.getByTestId('dues-summary'), /待过账 0\.00 元/);

    // ── two expenses: one for an activity, one a care visit offers (link as data) ──
    await page.goto(`${server.url}#/funds/entries/new?direction=支出`);
    await fillEntry(page, {
      date: `${YEAR}-07-10`,
      amount: '500',
      category: '职工活动支出',
      sub: '文体活动支出',
      summary: '七一知识竞赛奖品',
      handler: '李明',
      checker: '李明',
      approver: '王丽华',
    });
    await pick(page, '关联', '活动');
    await page.getByRole('combobox', { name: '活动', exact: true }).click();
    const activity = (await page.getByRole('option').first().textContent()).trim();
    await page.getByRole('option').first().click();
    await page.getByTestId('entry-save').click();
    await page.getByText('经办人与审核人不能是同一人').waitFor();
    await sign(page, '审核人', '邓静');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('fund-entries').waitFor();

    const offer = new URLSearchParams({
      direction: '支出',
      date: `${YEAR}-07-20`,
      amount: '300.00',
      summary: '慰问住院教职工',
      link: 'careVisits:care-e2e-1',
      category: '职工活动支出',
      subCategory: '会员活动支出',
    });
    await page.goto(`${server.url}#/funds/entries/new?${offer}`);
    await sign(page, '经办人', '李明');
    await page.getByTestId('entry-incomplete').waitFor();
    assert.equal(await page.getByLabel('慰问编号').inputValue(), 'care-e2e-1');
    await page.getByTestId('entry-save').click();
    await page.getByTestId('fund-entries').waitFor();
    await page.getByRole('combobox', { name: '年度', exact: true }).click();
    await page.getByRole('option', { name: `${YEAR}年` }).click();
    await page.getByTestId('fund-entry-row').nth(2).waitFor();
    const rows = await page.getByTestId('fund-entry-row').allTextContents();
    assert.equal(rows.length, 3, rows.join('\n'));
    // In date order: the activity's expense (10th), the care visit's (20th), the dues posted on the 31st.
    assert.ok(rows[0].includes(`活动：${activity.replace(/^\S+\s/, '')}`), rows[0]);
    assert.match(rows[0], /七一知识竞赛奖品500\.00李明 \/ 邓静 \/ 王丽华/);
    assert.match(rows[1], /慰问住院教职工300\.00李明 \/ — \/ —手续不全慰问/);
    assert.match(rows[2], new RegExp(`${YEAR}-07-311收入会费收入${YEAR}年7月会费`));
    await expectText(page.getByTestId('fund-balance'), new RegExp(`支出 800\\.00 元`));
    await screenshot(page, 'funds-02-entries');

    // ── 经费收支情况公示 to PDF, its totals checked ──
    await page.getByTestId('print-disclosure').click();
    await page.getByTestId('print-page').first().waitFor();
    const pdf = join(OUT, 'disclosure.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'disclosure')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const fmt = (n) =>
      n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    assert.match(text, new RegExp(`${YEAR}年度经费收支情况公示`));
    assert.match(text, /科目\s+预算\s+实际\s+占比\s+说明/);
    assert.match(text, new RegExp(`收入：会费收入\\s+${fmt(paid)}\\s+100\\.00%`));
    assert.match(text, new RegExp(`收入合计\\s+${fmt(paid)}\\s+100\\.00%`));
    assert.match(text, /支出：职工活动支出\s+800\.00\s+100\.00%/);
    assert.match(text, /支出合计\s+800\.00\s+100\.00%/);
    // Last year's closing balance is carried forward as 上年结余 (no opening entered for next year).
    const carried = money(/上年结余\s+([-\d,.]+)/.exec(text)[1]);
    assert.ok(carried > 0, text);
    assert.match(text, new RegExp(`本期结余\\s+${fmt(carried + paid - 800)}`));
    assert.match(text, /公示期：\d{4}年\d+月\d+日至\d{4}年\d+月\d+日/);
    assert.match(text, /如有异议，请在公示期内向工会经费审查委员会反映/);
    assert.match(text, /第\s*1\s*页\s*共\s*1\s*页/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
