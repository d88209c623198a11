import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, nav, pickDate, screenshot, serveWeb } from './harness.mjs';

// Issue 8: things a chair trips over on the demo union's screens.

test('typing into a pre-filled date replaces it; a new activity of another year is found on its year’s list', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    // 变更状态: the 日期 box holds today; clicking in and typing the letter's date saves that date.
    await nav(page, '花名册');
    await page.getByTestId('roster-row').first().dblclick();
    await page.getByTestId('member-page').waitFor();
    await page.getByRole('button', { name: '变更状态' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '退休' }).check({ force: true });
    const date = dialog.getByLabel('日期');
    assert.match(await date.inputValue(), /^\d{4}-\d{2}-\d{2}$/);
    await date.click();
    await page.keyboard.type('2026.11.30');
    await page.keyboard.press('Tab');
    assert.equal(await date.inputValue(), '2026-11-30');
    await dialog.getByTestId('status-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const timeline = page.getByTestId('status-timeline');
    assert.match(await timeline.textContent(), /退休2026-11-30/);

    // A new activity dated last year: after saving, its page's way back shows last year's list.
    await nav(page, '活动与会议');
    await page.getByRole('button', { name: '新建活动' }).click();
    await page.getByLabel('活动名称').fill('去年补登的工会小组会');
    await pickDate(page, '开始日期', '2025-06-18');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '‹ 活动与会议' }).click();
    const list = page.getByTestId('activity-list');
    await list.getByText('去年补登的工会小组会').waitFor();
    assert.equal(await page.getByRole('combobox', { name: '年度' }).inputValue(), '2025年');
    await screenshot(page, 'hardening-01-last-year-list');
  } finally {
    await b.close();
    await server.close();
  }
});
