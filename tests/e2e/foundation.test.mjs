import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  chooseFile,
  completeFirstRun,
  expectText,
  launch,
  nav,
  screenshot,
  serveWeb,
  TEST_PROFILE,
} from './harness.mjs';

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

    await completeFirstRun(page, TEST_PROFILE);
    await page.getByTestId('home').waitFor();
    await expectText(page.getByTestId('header-union-name'), TEST_PROFILE.unionName);
    await screenshot(page, 'foundation-02-home');

    await page.reload();
    await page.getByTestId('home').waitFor();
    await expectText(page.getByTestId('header-union-name'), TEST_PROFILE.unionName);

    await nav(page, '工会信息');
    assert.equal(await page.getByLabel('工会主席').inputValue(), TEST_PROFILE.chairName);
    assert.equal(await page.getByLabel('任期结束').inputValue(), TEST_PROFILE.termEnd);
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
    const count = await expectText(page.getByTestId('member-count'), /^\d{2,} 人$/);

    await nav(page, '备份与恢复');
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('backup-now').click();
    // Encrypted by default (issue 8 item 17): the chair sets a passphrase.
    const lockDialog = page.getByRole('dialog');
    await lockDialog.getByLabel('备份密码').fill('城南2026');
    await lockDialog.getByLabel('再输入一次').fill('城南2026');
    await lockDialog.getByTestId('backup-confirm').click();
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

    // On the first-run screen (a new PC) the chair restores her backup straight away.
    // A damaged file is refused with a message, and nothing changes.
    const bytes = readFileSync(backupPath);
    const damaged = Buffer.from(bytes.subarray(0, bytes.length - 200));
    await chooseFile(page, 'restore-first-run', {
      name: '损坏的备份.uniondesk',
      mimeType: 'application/octet-stream',
      buffer: damaged,
    });
    await page.getByText(/不完整/).waitFor();
    assert.ok(await page.getByTestId('first-run').isVisible());

    // The real backup restores everything.
    await chooseFile(page, 'restore-first-run', {
      name: download.suggestedFilename(),
      mimeType: 'application/octet-stream',
      buffer: bytes,
    });
    // Locked: a wrong passphrase is refused in the dialog, the right one opens it.
    assert.doesNotMatch(bytes.toString('latin1'), /\d{17}[\dX]/, 'no ID number in the clear');
    await page.getByTestId('restore-passphrase').fill('城南2025');
    await page.getByTestId('restore-passphrase-ok').click();
    await page
      .getByTestId('restore-passphrase-error')
      .getByText(/密码不正确/)
      .waitFor();
    await page.getByTestId('restore-passphrase').fill('城南2026');
    await page.getByTestId('restore-passphrase-ok').click();
    await page.getByTestId('confirm-restore').click();
    await page.getByText('恢复完成', { exact: true }).waitFor();
    await page.getByTestId('home').waitFor();
    await nav(page, '备份与恢复');
    await page.getByTestId('last-restore').waitFor();
    await screenshot(page, 'foundation-04-restored');
    await nav(page, '工作台');
    await expectText(page.getByTestId('member-count'), count);
    await expectText(page.getByTestId('header-union-name'), '示例市实验中学工会委员会');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
