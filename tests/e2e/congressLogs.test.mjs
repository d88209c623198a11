import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCount, screenshot, withDemoUnion } from './harness.mjs';

test(
  '教代会 意见建议 and 校务公开: register one, mark it adopted, delete it',
  { timeout: 60_000 },
  async () => {
    await withDemoUnion(async ({ page, url }) => {
      // 意见建议: the demo has 2, one adopted.
      await page.goto(`${url}#/congress?tab=suggestions`);
      const list = page.getByTestId('suggestion-list');
      await list.waitFor();
      await page.getByText('共 2 条，已采纳 1 条').waitFor();
      await page.getByLabel('内容', { exact: true }).fill('食堂增加早餐窗口');
      await page.getByLabel('提出人', { exact: true }).fill('李老师');
      await page.getByRole('button', { name: '登记', exact: true }).click();
      const row = list.locator('tbody tr').filter({ hasText: '食堂增加早餐窗口' });
      await row.filter({ hasText: '李老师' }).filter({ hasText: '意见箱' }).waitFor();
      await page.getByText('共 3 条，已采纳 1 条').waitFor();
      await row.locator('input').first().click();
      await page.getByRole('option', { name: '已采纳' }).click();
      await page.getByText('共 3 条，已采纳 2 条').waitFor();
      await screenshot(page, 'congressLogs-01-suggestions');
      // Still adopted after a reload: it was saved, not only shown.
      await page.reload();
      await page.getByText('共 3 条，已采纳 2 条').waitFor();
      await row.getByRole('button', { name: '删除' }).click();
      await page.getByText('共 2 条，已采纳 1 条').waitFor();
      assert.equal(await row.count(), 0);

      // 校务公开: the new item is listed with its kind, channel and days, and deleted again.
      await page.goto(`${url}#/congress?tab=open-affairs`);
      const affairs = page.getByTestId('open-affairs-list');
      await affairs.waitFor();
      const count = await affairs.locator('tbody tr').count();
      await page.getByLabel('公开事项', { exact: true }).fill('2026年绩效工资分配方案');
      await page.getByRole('button', { name: '登记', exact: true }).click();
      const item = affairs.locator('tbody tr').filter({ hasText: '2026年绩效工资分配方案' });
      await item.filter({ hasText: '即时' }).filter({ hasText: '校务公开栏' }).waitFor();
      await expectCount(affairs.locator('tbody tr'), count + 1);
      await page.getByText(`共 ${count + 1} 项`).waitFor();
      await item.getByRole('button', { name: '删除' }).click();
      await page.getByText(`共 ${count} 项`).waitFor();
    });
  },
);
