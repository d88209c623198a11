import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { ARTIFACTS, chooseFile, launch, nav, pickDate, screenshot, serveWeb } from './harness.mjs';

/** 45 more staff for the demo school, so the sheet has about 120 names in several departments. */
function extraRoster() {
  const surnames =
    '丁马王毛方尹石史冯吕朱乔任华刘江许孙苏李杨吴何余汪沈宋张陆陈范林罗金周郑孟赵胡钟姜袁贾钱徐高郭唐黄';
  const given = ['晓东', '春燕', '国庆', '丽萍', '建华'];
  const depts = ['语文组', '数学组', '英语组', '体艺组'];
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const rows = [['某校教职工名单'], ['姓名', '性别', '身份证号', '部门']];
  for (let i = 0; i < 45; i++) {
    const first17 = `3301061985${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}0${String(i % 10)}${i % 2 ? 1 : 2}`;
    const sum = [...first17].reduce((s, d, k) => s + Number(d) * W[k], 0);
    rows.push([
      surnames[i] + given[i % 5],
      i % 2 ? '男' : '女',
      first17 + '10X98765432'[sum % 11],
      depts[i % 4],
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '名单');
  return Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
}

test('a sign-in sheet for about 120 members prints every name once, in stroke order per department, and attendance is counted', async () => {
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    // Bring in 45 more staff through the import wizard.
    await page.goto(`${server.url}#/roster/import`);
    await chooseFile(page, 'import-pick-file', {
      name: '补充名单.xlsx',
      mimeType: 'application/octet-stream',
      buffer: extraRoster(),
    });
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-write').click();
    await page.getByTestId('import-done').waitFor();

    // A staff meeting for everyone in service.
    await nav(page, '活动与会议');
    await page
      .getByRole('button', { name: '新建活动' })
      .or(page.getByRole('link', { name: '新建活动' }))
      .first()
      .click();
    await page.getByLabel('活动名称').fill('全体教职工大会');
    await pickDate(page, '开始日期', '2026-11-25');
    await page.getByLabel('地点').fill('学校报告厅');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: '按规则添加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: '添加' }).click();
    await dialog.waitFor({ state: 'detached' });
    const invited = Number(await page.getByTestId('count-应到').textContent());
    assert.ok(invited >= 115 && invited <= 125, `应到 ${invited}`);

    // Print the sheet to PDF, as the chair would with 保存为PDF.
    await page.getByRole('button', { name: '打印签到表' }).click();
    await page.getByTestId('print-pages').waitFor();
    const pages = await page.getByTestId('print-page').count();
    await screenshot(page, 'signin-01-preview');
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdfPath = join(ARTIFACTS, 'signin-sheet.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    execFileSync('pdftoppm', ['-png', '-r', '50', pdfPath, join(ARTIFACTS, 'signin-sheet')]);
    const info = execFileSync('pdfinfo', [pdfPath]).toString();
    assert.equal(Number(/Pages:\s+(\d+)/.exec(info)[1]), pages);

    const pageTexts = execFileSync('pdftotext', ['-layout', pdfPath, '-'])
      .toString()
      .split('\f')
      .filter((t) => t.trim());
    assert.equal(pageTexts.length, pages);
    pageTexts.forEach((t, i) => {
      const flat = t.replace(/\s+/g, '');
      assert.ok(flat.includes('全体教职工大会签到表'), `page ${i + 1} has the title`);
      assert.ok(flat.includes(`第${i + 1}页共${pages}页`), `page ${i + 1} has its number`);
      assert.ok(
        flat.includes('姓名') && flat.includes('签名'),
        `page ${i + 1} repeats the table header`,
      );
    });

    // Every participant exactly once; names in stroke order within each department.
    const all = pageTexts.join('\n');
    const expected = await namesByDepartment(page);
    let total = 0;
    for (const [dept, names] of expected) {
      for (const n of names)
        assert.equal(occurrences(all, n), 1, `${n}（${dept}）should be on the sheet exactly once`);
      total += names.length;
      assertStrokeOrdered(
        [...names].sort((a, c) => all.indexOf(a) - all.indexOf(c)),
        dept,
      );
    }
    assert.equal(total, invited);
    const invitedNames = new Set([...expected.values()].flat());

    // Attendance from the signed sheet: a leave, an absence, the rest present.
    await page.goBack();
    await page.getByRole('button', { name: '登记出席' }).click();
    await page.getByTestId('attendance-list').waitFor();
    // The screen lists people in the order of the signed paper, so it is keyed straight down it.
    const onPaper = all.split(/\s+/).filter((w) => invitedNames.has(w));
    const onScreen = await page.$$eval('[data-testid="attendance-list"] [data-row]', (rows) =>
      rows.map((r) => r.children[1]?.textContent ?? ''),
    );
    assert.deepEqual(onScreen, onPaper);
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.getByPlaceholder('请假原因，回车确认').fill('外出培训');
    await page.keyboard.press('Enter');
    await page.keyboard.press('3');
    // Down the list and back up by keyboard: the row in hand is never under the sticky bar.
    for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowDown');
    for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowUp');
    const hidden = await page.evaluate(() => {
      const row = document.querySelector('[data-testid="attendance-list"] [data-active]');
      const bar = document.querySelector('[data-testid="attendance-bar"]');
      if (!row || !bar) return 'missing';
      return row.getBoundingClientRect().top < bar.getBoundingClientRect().bottom - 1;
    });
    assert.equal(hidden, false);
    await page.getByRole('button', { name: '其余全部出席' }).click();
    await page.getByRole('button', { name: /^保存/ }).first().click();
    await page.getByText(/已保存 \d+ 人的出席登记/).waitFor();
    await screenshot(page, 'signin-02-attendance');
    await page.getByRole('button', { name: /返回/ }).click();
    assert.equal(Number(await page.getByTestId('count-出席').textContent()), invited - 2);
    assert.equal(Number(await page.getByTestId('count-请假').textContent()), 1);
    assert.equal(Number(await page.getByTestId('count-缺席').textContent()), 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});

/** How often `name` stands as a whole word in pdftotext's layout output. */
function occurrences(text, name) {
  return text.split(/\s+/).filter((w) => w === name).length;
}

/** Within a department the sheet runs by surname strokes: never a name with fewer strokes after more. */
function assertStrokeOrdered(names, dept) {
  const strokeKey = new Intl.Collator('zh-u-co-stroke');
  for (let i = 1; i < names.length; i++) {
    const a = names[i - 1][0];
    const c = names[i][0];
    if (a === c) continue;
    assert.ok(
      strokeKey.compare(a, c) <= 0 || STROKE_FIX.has(a) || STROKE_FIX.has(c),
      `${dept}: ${names[i - 1]} before ${names[i]}`,
    );
  }
}

/** Surnames whose radicals ICU counts the traditional way (阝 3, 艹 4 …): the app corrects them. */
const STROKE_FIX = new Set(
  '陈邓郑陆阮陶隋邵郭邱邢阳隆郝都那邹鄢董蒋蔡黄萧范苏葛萨蓝莫蒙花芦薛茅苗荆庄连逯遇边',
);

/** Department → names of the in-service members, read straight from the app's IndexedDB. */
async function namesByDepartment(page) {
  const members = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('uniondesk');
        open.onsuccess = () => {
          const tx = open.result.transaction('members', 'readonly');
          const req = tx.objectStore('members').getAll();
          req.onsuccess = () =>
            resolve(
              req.result.filter((m) => m.status === '在职').map((m) => [m.department, m.name]),
            );
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const map = new Map();
  for (const [d, n] of members) map.set(d, [...(map.get(d) ?? []), n]);
  return map;
}
