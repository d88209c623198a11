import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import XLSX from 'xlsx';
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

/** Rows in the app's IndexedDB stores (read in the page, as the app stores them). */
async function counts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('uniondesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = ['members', 'activities', 'participants'];
          const tx = db.transaction(stores, 'readonly');
          const out = {};
          for (const s of stores) {
            const req = tx.objectStore(s).count();
            req.onsuccess = () => (out[s] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

/** Every figure on the 年度统计 page (key → value as shown) and the activities table's text. */
async function yearFigures(page) {
  await nav(page, '年度统计');
  await page.getByTestId('year-end-page').waitFor();
  await page.getByTestId('figure-members.inService').waitFor();
  return page.evaluate(() => {
    const figures = {};
    for (const row of document.querySelectorAll('[data-testid^="figure-"]')) {
      const value = row.querySelector('[data-testid="figure-value"]');
      if (value)
        figures[row.getAttribute('data-testid').slice('figure-'.length)] = value.textContent;
    }
    const activities = [
      ...document.querySelectorAll('[data-testid="year-activities"] tbody tr'),
    ].map((tr) => tr.textContent);
    return { figures, activities };
  });
}

test('the demo union’s 年度台账 exported, wiped and imported back gives the same counts and 年度统计', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();
    const before = await counts(page);
    assert.ok(before.members > 50 && before.activities > 0 && before.participants > 0);

    // 导出年度台账 from the 年度统计 page, where the chair reads the figures it must reproduce.
    const figuresBefore = await yearFigures(page);
    assert.ok(Number.parseInt(figuresBefore.figures['activities.personTimes'], 10) > 0);
    assert.ok(figuresBefore.activities.length > 0);
    assert.ok(Object.keys(figuresBefore.figures).length >= 13);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-workbook').click();
    const download = await downloading;
    const year = new Date().getFullYear();
    assert.equal(download.suggestedFilename(), `示例市实验中学工会委员会年度台账${year}.xlsx`);
    const bytes = readFileSync(await download.path());
    const wb = XLSX.read(bytes, { type: 'buffer' });
    assert.deepEqual(wb.SheetNames, [
      '工会',
      '会员',
      '委员',
      '活动',
      '活动参加',
      '慰问',
      '福利发放',
      '困难职工',
      '帮扶',
      '会费',
      '经费',
      '经费年度',
      '预算',
      '职代会',
      '代表',
      '表决',
      '提案',
      '意见建议',
      '选举',
      '候选人',
      '选票',
      '表彰',
      '发文',
      '校务公开',
      // Who sent it, for which year, and the data's 校验码 (issue 15: the federation's check).
      '说明',
    ]);
    const about = XLSX.utils.sheet_to_json(wb.Sheets['说明'], { header: 1 });
    assert.ok(about.some((r) => r[0] === '工会名称' && r[1] === '示例市实验中学工会委员会'));
    assert.ok(about.some((r) => r[0] === '数据校验码' && /^[0-9a-f]{64}$/.test(r[1])));

    // Wipe: remove the demo union → back to the wizard with an empty database.
    await nav(page, '工作台');
    await page.getByTestId('remove-demo').click();
    await page.getByRole('dialog').getByRole('button', { name: '移除', exact: true }).click();
    await page.getByTestId('first-run').waitFor();
    await completeFirstRun(page, TEST_PROFILE);
    assert.deepEqual(await counts(page), { members: 0, activities: 0, participants: 0 });

    await nav(page, '备份与恢复');
    await page.getByTestId('open-workbook-import').click();
    await chooseFile(page, 'pick-workbook', {
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await page.getByTestId('workbook-preview').waitFor();
    await expectText(page.getByTestId('add-会员'), String(before.members));
    await expectText(page.getByTestId('add-活动参加'), String(before.participants));
    await screenshot(page, 'workbook-01-preview');
    await page.getByTestId('import-workbook').click();
    await page.getByTestId('workbook-done').waitFor();
    await screenshot(page, 'workbook-02-done');
    assert.deepEqual(await counts(page), before);
    await expectText(page.getByTestId('header-union-name'), '示例市实验中学工会委员会');
    const figuresAfter = await yearFigures(page);
    assert.deepEqual(figuresAfter, figuresBefore);
    await screenshot(page, 'workbook-03-year-figures');

    // 撤销 (from 导入记录, the done page is left behind) takes the whole import back.
    await page.goto(`${server.url}#/roster/imports`);
    await page.getByTestId('import-history').getByRole('button', { name: '撤销' }).first().click();
    await page
      .getByTestId('import-history')
      .getByText(/已于.*撤销/)
      .waitFor();
    assert.deepEqual(await counts(page), { members: 0, activities: 0, participants: 0 });
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
