import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as XLSX from 'xlsx';
import {
  chooseFile,
  completeFirstRun,
  expectText,
  launch,
  nav,
  pickDate,
  screenshot,
  serveWeb,
  TEST_PROFILE,
} from './harness.mjs';

/** An .xlsx of 姓名 部门 身份证号; a cell given as an Excel error code is written as one. */
function roster(name, rows) {
  const ws = XLSX.utils.aoa_to_sheet([
    ['姓名', '部门', '身份证号'],
    ...rows.map((r) => r.slice(0, 2)),
  ]);
  rows.forEach((r, i) => {
    const ref = XLSX.utils.encode_cell({ r: i + 1, c: 2 });
    ws[ref] = typeof r[2] === 'number' ? { t: 'e', v: r[2], w: '#VALUE!' } : { t: 's', v: r[2] };
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: 2 } });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '名单');
  return {
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' })),
  };
}

async function importFile(page, url, file) {
  if (url) await page.goto(`${url}#/roster/import`);
  await chooseFile(page, 'import-pick-file', file);
  await page.getByTestId('mapping-table').waitFor();
  await page.getByTestId('import-next').click();
  await page.getByTestId('preview-table').waitFor();
}

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
    await expectText(timeline, /退休2026-11-30/);

    // A new activity dated last year: after saving, its page's way back shows last year's list.
    await nav(page, '活动与会议');
    await page.getByRole('button', { name: '新建活动' }).click();
    await page.getByLabel('活动名称').fill('去年补登的工会小组会');
    await pickDate(page, '开始日期', '2025-06-18');
    // The calendar says 「2025年6月」 (not 「六月 2025」); times are 24-hour.
    await page.getByLabel('开始日期').click();
    const header = page.locator('.mantine-DateInput-calendarHeaderLevel');
    assert.equal((await header.textContent()).trim(), '2025年6月');
    await page.keyboard.press('Escape');
    await page.getByLabel('开始时间（时）').fill('14');
    await page.getByLabel('开始时间（分）').fill('30');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('2025年6月18日（星期三） 14:30').waitFor();
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

test('a member whose ID became #VALUE! in a second file is not added twice nor listed as missing', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await completeFirstRun(page, TEST_PROFILE);

    await importFile(
      page,
      server.url,
      roster('花名册.xlsx', [
        ['卫东', '语文组', '11010519491231002X'],
        ['李红', '语文组', '330106199011230313'],
      ]),
    );
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-write').click();
    await page.getByTestId('import-done').waitFor();
    await page.getByRole('button', { name: '再导入一个文件' }).click();

    // The second file: 卫东's ID cell is #VALUE! (0x0F) and he moved to 数学组; 周敏 is new.
    await importFile(
      page,
      null,
      roster('新名单.xlsx', [
        ['卫东', '数学组', 0x0f],
        ['周敏', '数学组', '110101198503150013'],
      ]),
    );
    // 修正: the ID cannot be recovered, so the chair empties it; the row is then importable.
    await page.getByTestId('fix-row-2').click();
    assert.equal(await page.getByRole('dialog').getByLabel('身份证号').inputValue(), '');
    await page.getByTestId('fix-row-save').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByTestId('import-next').click();
    await expectText(page.getByTestId('plan-新增'), '1');
    await expectText(page.getByTestId('plan-待确认'), '1');
    await page.getByRole('button', { name: /^新增 1 行/ }).click();
    const adds = await page.getByTestId('plan-adds').textContent();
    assert.match(adds, /周敏/);
    assert.doesNotMatch(adds, /卫东/);
    // 李红 is missing from the file; 卫东, who is in it, is not.
    const missing = page.getByText(/名在职会员不在这个文件里/);
    await expectText(missing, /^花名册中有 1 名/);
    await screenshot(page, 'hardening-02-namesake');

    await page.getByRole('combobox', { name: '第 2 行对应的会员' }).click();
    await page.getByRole('option', { name: /^更新 卫东/ }).click();
    await page.getByTestId('import-write').click();
    await page.getByTestId('import-done').waitFor();

    await nav(page, '花名册');
    await page.getByTestId('roster-table').waitFor();
    const names = await page.getByTestId('roster-row').allTextContents();
    assert.equal(names.filter((t) => t.includes('卫东')).length, 1);
    assert.ok(names.find((t) => t.includes('卫东')).includes('数学组'));
  } finally {
    await b.close();
    await server.close();
  }
});

test('操作记录 is in the sidebar, filters by kind, and Alt+0 reaches it from inside a field', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    await nav(page, '花名册');
    const search = page.getByRole('textbox').first();
    await search.click();
    await page.keyboard.press('Alt+0');
    await page.getByRole('heading', { name: '操作记录' }).waitFor();
    await expectText(page.getByRole('table'), /载入示例数据/);
    await page.locator('.mantine-SegmentedControl-root').getByText('导入', { exact: true }).click();
    await page.getByText('还没有操作记录。').waitFor();
  } finally {
    await b.close();
    await server.close();
  }
});

/** An .xlsx from rows of plain values under `header`. */
function plainRoster(name, header, rows) {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([header, ...rows]);
  for (const [ref, cell] of Object.entries(ws)) if (!ref.startsWith('!')) cell.t = 's';
  XLSX.utils.book_append_sheet(wb, ws, '名单');
  return {
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' })),
  };
}

test('an update can keep some fields (只更新手机号), showing old → new with phones masked', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await completeFirstRun(page, TEST_PROFILE);
    const header = ['姓名', '部门', '身份证号', '手机'];
    await importFile(
      page,
      server.url,
      plainRoster('旧名单.xlsx', header, [['卫东', '语文组', '11010519491231002X', '13800000001']]),
    );
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-write').click();
    await page.getByTestId('import-done').waitFor();
    await page.getByRole('button', { name: '再导入一个文件' }).click();

    // The payroll's list: a new phone, and a department name the chair does not use.
    await importFile(
      page,
      null,
      plainRoster('工资表名单.xlsx', header, [
        ['卫东', '语文教研组', '11010519491231002X', '13900000009'],
      ]),
    );
    await page.getByTestId('import-next').click();
    const fields = page.getByTestId('update-fields');
    await fields.waitFor();
    const changes = await page.getByRole('table').last().textContent();
    assert.match(changes, /手机号：138\*{4}0001 → 139\*{4}0009/);
    assert.match(changes, /部门：语文组 → 语文教研组/);
    await fields.getByText(/^部门/).click();
    await screenshot(page, 'hardening-03-keep-fields');
    await page.getByTestId('import-write').click();
    await page.getByTestId('import-done').waitFor();

    await nav(page, '花名册');
    await page.getByTestId('roster-row').first().dblclick();
    const member = await page.getByTestId('member-page').textContent();
    assert.match(member, /语文组/);
    assert.doesNotMatch(member, /语文教研组/);
    assert.match(member, /139\*{4}0009/);
  } finally {
    await b.close();
    await server.close();
  }
});

test('the 工作台 lists the activities of the next two weeks (one saved with Ctrl+S)', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await completeFirstRun(page, TEST_PROFILE);
    await page.getByTestId('upcoming-activities').getByText('近两周没有登记的活动').waitFor();

    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await nav(page, '活动与会议');
    await page.getByRole('button', { name: '新建活动' }).click();
    await page.getByLabel('活动名称').fill('全体教职工大会');
    await pickDate(page, '开始日期', inThreeDays);
    // Ctrl+S in a field saves the form, as 保存 does.
    await page.getByLabel('地点').fill('学校报告厅');
    await page.keyboard.press('Control+s');
    await page.getByRole('link', { name: '‹ 活动与会议' }).waitFor();

    await nav(page, '工作台');
    const card = page.getByTestId('upcoming-activities');
    await card.getByRole('link', { name: '全体教职工大会' }).click();
    await page.getByRole('button', { name: '打印签到表' }).waitFor();
  } finally {
    await b.close();
    await server.close();
  }
});
