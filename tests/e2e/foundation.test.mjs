import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { completeFirstRun, launch, nav, screenshot, serveWeb } from './harness.mjs';

const PROFILE = {
  unionName: '城南小学工会委员会',
  unitName: '城南小学',
  chairName: '陈晓梅',
  superiorUnion: '城南区教育工会',
  termStart: '2024-09-01',
  termEnd: '2029-08-31',
};

test('a chair completes the first-run wizard, reloads and finds the profile kept', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('first-run').waitFor();
    // Submitting empty shows what is missing, in Chinese, and saves nothing.
    await page.getByTestId('profile-submit').click();
    await page.getByText('请填写工会名称').waitFor();
    await screenshot(page, 'foundation-01-wizard-errors');

    await completeFirstRun(page, PROFILE);
    await page.getByTestId('home').waitFor();
    assert.equal(await page.getByTestId('header-union-name').textContent(), PROFILE.unionName);
    await screenshot(page, 'foundation-02-home');

    await page.reload();
    await page.getByTestId('home').waitFor();
    assert.equal(await page.getByTestId('header-union-name').textContent(), PROFILE.unionName);

    await nav(page, '工会信息');
    assert.equal(await page.getByLabel('工会主席').inputValue(), PROFILE.chairName);
    assert.equal(await page.getByLabel('任期结束').inputValue(), PROFILE.termEnd);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});

test('a backup made in the app brings everything back after the data is wiped', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();
    const count = await page.getByTestId('member-count').textContent();
    assert.match(count, /^\d{2,} 人$/);

    await nav(page, '备份与恢复');
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('backup-now').click();
    const download = await downloadPromise;
    assert.match(download.suggestedFilename(), /^工会台账备份_\d{4}-\d{2}-\d{2}_\d{6}\.uniondesk$/);
    const backupPath = await download.path();
    await page.getByTestId('backup-list').waitFor();
    await screenshot(page, 'foundation-03-backups');

    // Wipe: remove the demo union (members and the demo profile) → back to the wizard.
    await nav(page, '工作台');
    await page.getByTestId('remove-demo').click();
    await page.getByRole('dialog').getByRole('button', { name: '移除', exact: true }).click();
    await page.getByTestId('first-run').waitFor();

    // A damaged file is refused with a message, and nothing changes.
    await completeFirstRun(page, PROFILE);
    await nav(page, '备份与恢复');
    const bytes = readFileSync(backupPath);
    const damaged = Buffer.from(bytes.subarray(0, bytes.length - 200));
    let chooser = page.waitForEvent('filechooser');
    await page.getByTestId('restore-from-file').click();
    await (await chooser).setFiles({ name: '损坏的备份.uniondesk', mimeType: 'application/octet-stream', buffer: damaged });
    await page.getByText(/不完整/).waitFor();
    await nav(page, '工作台');
    assert.equal(await page.getByTestId('member-count').textContent(), '0 人');

    // The real backup restores everything.
    await nav(page, '备份与恢复');
    chooser = page.waitForEvent('filechooser');
    await page.getByTestId('restore-from-file').click();
    await (await chooser).setFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: bytes });
    await page.getByTestId('confirm-restore').click();
    await page.getByText('恢复完成').waitFor();
    await page.getByTestId('last-restore').waitFor();
    await screenshot(page, 'foundation-04-restored');
    await nav(page, '工作台');
    assert.equal(await page.getByTestId('member-count').textContent(), count);
    assert.equal(await page.getByTestId('header-union-name').textContent(), '示例市实验中学工会委员会');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
