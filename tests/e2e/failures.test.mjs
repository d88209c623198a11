import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, nav, screenshot, serveWeb } from './harness.mjs';

// Every failure reaches the chair as a Chinese message: here the disk refuses every write.
test('deleting an activity that cannot be written tells the chair so, in Chinese', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();
    await nav(page, '活动与会议');
    await page.locator('tbody tr').first().click();
    await page.getByRole('button', { name: '登记出席' }).waitFor();
    const title = (await page.getByRole('heading', { level: 2 }).first().textContent()).trim();

    // From now on IndexedDB refuses every write (as on a failing disk).
    await page.evaluate(() => {
      for (const op of ['put', 'add', 'delete']) {
        IDBObjectStore.prototype[op] = () => {
          throw new DOMException('The disk refused the write.', 'UnknownError');
        };
      }
    });
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();

    const alert = page.locator('.mantine-Notification-root', { hasText: '删除活动失败' });
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /操作没有完成/);
    assert.doesNotMatch(text, /[A-Za-z]{3,}/, `no English in the message: ${text}`);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    await screenshot(page, 'failures-01-delete-activity');
    // Nothing was deleted: the activity is still there.
    await page.getByRole('heading', { name: title }).waitFor();
  } finally {
    await b.close();
    await server.close();
  }
});
