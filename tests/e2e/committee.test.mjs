import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expectCount, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'committee');

test('a chair records an honour for a committee member, who then cannot be deleted', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    await nav(page, '工会信息');
    await page.getByRole('tab', { name: '工会委员会' }).click();
    const advice = await page.getByTestId('committee-advice').textContent();
    assert.match(advice, /委员会宜设委员 3–7 人；现有 7 人/);
    assert.match(advice, /《工会基层组织选举工作条例》第八条/);
    const vice = page.getByTestId('officer-row').nth(1);
    const viceName = (await vice.locator('a').textContent()).trim();
    await screenshot(page, 'committee-01-officers');

    // ── 打印名单: the roll of those in office, A4 portrait, saved as PDF ──
    await page.getByRole('button', { name: '打印名单' }).click();
    await page.getByTestId('print-page').first().waitFor();
    const title = (await page.getByTestId('roll-title').textContent()).trim();
    assert.match(title, /^.+工会第\d+届委员会名单$/);
    await expectCount(page.getByTestId('roll-row'), 9);
    await screenshot(page, 'committee-02-print');
    const pdf = join(OUT, 'committee.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, 'committee')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ok(text.includes(title), text);
    assert.match(text, /任期：\d{4}年\d+月\d+日至\d{4}年\d+月\d+日/);
    assert.match(text, /序号\s+职务\s+姓名\s+性别\s+部门\s+任职日期/);
    assert.match(text, /1\s+主席\s+王丽华/);
    assert.match(text, /制表人：\s+审核人：\s+（工会盖章）/);
    assert.match(text, /第\s*1\s*页\s*共\s*1\s*页/);
    await page.getByRole('link', { name: '← 返回工会委员会' }).click();
    await page.getByTestId('committee-tab').waitFor();

    await page.getByRole('tab', { name: '表彰' }).click();
    const count = page.getByTestId('honours-count');
    // The count follows a live query: wait for it rather than read it once.
    await count.filter({ hasText: /^共 3 项/ }).waitFor();
    await page.getByRole('button', { name: '添加表彰' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请从花名册选择或填写获奖人姓名').waitFor();
    await dialog.getByRole('combobox', { name: '获奖人' }).fill(viceName);
    await page.getByRole('option', { name: viceName, exact: true }).click();
    await dialog.getByText('已关联花名册中的会员').waitFor();
    await dialog.getByRole('textbox', { name: '荣誉称号' }).fill('优秀工会工作者');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText(`添加表彰 ${viceName} 优秀工会工作者`).waitFor();
    await count.filter({ hasText: /^共 4 项（个人 3 项/ }).waitFor();
    await screenshot(page, 'committee-03-honours');

    await page.getByTestId('honour-row').getByRole('link', { name: viceName }).first().click();
    await page.getByTestId('member-page').waitFor();
    await page.getByTestId('member-offices').getByText('副主席').waitFor();
    await page.getByTestId('member-honours').getByText('优秀工会工作者').first().waitFor();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    const blocked = await page.getByTestId('delete-blocked').textContent();
    assert.match(
      blocked,
      new RegExp(`^${viceName} .*担任过 1 项职务.*不能删除；如已离开请标记“调出”`),
    );
    await screenshot(page, 'committee-04-delete-blocked');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
