import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { ARTIFACTS, nav, screenshot, withDemoUnion } from './harness.mjs';

const OUT = join(ARTIFACTS, 'payroll');
/** Next year's July: the demo union has no 会费名册 for it yet. */
const JULY = `${new Date().getFullYear() + 1}-07`;

/** Two in-service members of the demo union, read from the app's database. */
async function twoMembers(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('uniondesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('members').objectStore('members').getAll();
          req.onsuccess = () => {
            open.result.close();
            const all = req.result.filter((m) => m.status === '在职' && m.isMember !== false);
            // Names that are unique in the roster, so the payroll matches them by name alone.
            const once = all.filter((m) => all.filter((x) => x.name === m.name).length === 1);
            resolve(once.slice(0, 2).map((m) => ({ id: m.id, name: m.name })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

test('从工资表导入: bases and withheld dues, the month’s roll made, a stranger refused by row, undo', async () => {
  mkdirSync(OUT, { recursive: true });
  await withDemoUnion(async ({ page, url }) => {
    const [a, c] = await twoMembers(page);

    // The payroll as a finance office sends it: a title row, 岗位工资 + 薪级工资, 代扣会费.
    const sheet = XLSX.utils.aoa_to_sheet([
      ['工资发放表'],
      ['序号', '姓名', '岗位工资', '薪级工资', '代扣会费'],
      [1, a.name, 3000, 1567, 22.8],
      [2, c.name, 2500, 1485, 19.9],
      [3, '查无此人', 2000, 1000, 15],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, sheet, '7月');
    const file = join(OUT, '7月工资.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));

    await nav(page, '会费经费');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '从工资表导入' }).click();
    await (await chooser).setFiles(file);
    const dialog = page.getByRole('dialog', { name: '从工资表导入' });
    await dialog.getByText('可导入 2 人，跳过 1 行').waitFor();
    await dialog.getByText('第 5 行 B 列：“查无此人”不在会员名单中').waitFor();
    await dialog.getByText('4,567.00').waitFor();
    await dialog.getByLabel('导入代扣会费，所属月份').waitFor();
    await screenshot(page, 'payroll-01-preview');
    // Next July has no 会费名册 yet: the import makes it by the roll's rule, in the same batch.
    await dialog.locator('input[type="month"]').fill(JULY);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await page
      .getByText(/工资基数 2 人，\d{4}年7月会费 2 人；该月原无会费名册，已按花名册生成（\d+ 人）/)
      .waitFor();
    const rolls = await page.evaluate(
      (month) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('uniondesk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('duesRolls').objectStore('duesRolls').getAll();
            req.onsuccess = () => {
              open.result.close();
              resolve(req.result.filter((r) => r.month === month).map((r) => r.lines.length));
            };
          };
        }),
      JULY,
    );
    assert.equal(rolls.length, 1);
    assert.ok(rolls[0] > 50, `July's roll has ${rolls[0]} lines`);

    // The member page shows the new base; 撤销 takes the whole import back.
    await page.goto(`${url}#/roster/member/${a.id}`);
    const bases = page.getByTestId('member-wage-bases');
    await bases.filter({ hasText: '4,567.00 元' }).waitFor();
    await page.goto(`${url}#/history`);
    await page.getByRole('button', { name: '撤销' }).first().click();
    const confirm = page.getByRole('dialog');
    if (await confirm.count()) await confirm.getByRole('button', { name: /撤销/ }).last().click();
    await page.goto(`${url}#/roster/member/${a.id}`);
    await page.getByTestId('member-wage-bases').waitFor();
    await bases.filter({ hasNotText: '4,567.00' }).waitFor();
  });
});
