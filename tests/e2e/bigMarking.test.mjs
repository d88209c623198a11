import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as XLSX from 'xlsx';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, chooseFile, nav, pickDate, withDemoUnion } from './harness.mjs';

/** What the chair sees (the window, not the whole page: the list is virtual). */
async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const EXTRA = 420;

/** 420 more staff (distinct names, valid ID numbers) in six departments, as a chair's .xlsx. */
function bigRoster() {
  const surnames =
    '丁马王毛方尹石史冯吕朱乔任华刘江许孙苏李杨吴何余汪沈宋张陆陈范林罗金周郑孟赵胡钟姜';
  const given = [
    '晓东',
    '春燕',
    '国庆',
    '丽萍',
    '建华',
    '志强',
    '秀英',
    '海燕',
    '文博',
    '雨桐',
    '子轩',
  ];
  const depts = ['语文组', '数学组', '英语组', '体艺组', '理化组', '后勤处'];
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const rows = [['某校教职工名单'], ['姓名', '性别', '身份证号', '部门']];
  for (let i = 0; i < EXTRA; i++) {
    const birth = `${1970 + (i % 25)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
    const first17 = `440106${birth}${String(i).padStart(3, '0')}`;
    const sum = [...first17].reduce((s, d, k) => s + Number(d) * W[k], 0);
    rows.push([
      surnames[i % surnames.length] + given[Math.floor(i / surnames.length)],
      i % 2 ? '男' : '女',
      first17 + '10X98765432'[sum % 11],
      depts[i % depts.length],
    ]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '名单');
  return Buffer.from(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
}

/**
 * Every line of the (virtual) attendance list, index → { num, name, state }, read by scrolling
 * the window from top to bottom and collecting the lines drawn at each place. Fails if a line
 * is drawn at two indexes' worth of names, or its 序号 is not its position.
 */
async function readWholeList(page) {
  const lines = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const seen = {};
    const step = Math.max(200, window.innerHeight - 200);
    for (let y = 0; ; y += step) {
      window.scrollTo(0, y);
      await frame();
      for (const row of document.querySelectorAll('[data-testid="attendance-list"] [data-row]')) {
        const i = Number(row.getAttribute('data-row'));
        const line = {
          num: row.children[0]?.textContent ?? '',
          name: row.children[1]?.textContent ?? '',
          state: row.getAttribute('data-state'),
        };
        const before = seen[i];
        if (before && before.name !== line.name)
          throw new Error(`line ${i}: ${before.name} / ${line.name}`);
        seen[i] = line;
      }
      if (y + window.innerHeight >= document.documentElement.scrollHeight) break;
    }
    window.scrollTo(0, 0);
    await frame();
    return seen;
  });
  const n = Object.keys(lines).length;
  const list = Array.from({ length: n }, (_, i) => lines[i]);
  list.forEach((line, i) => {
    assert.ok(line, `line ${i} was never drawn`);
    assert.equal(line.num, String(i + 1), `line ${i} shows 序号 ${line.num}`);
  });
  return list;
}

/** The line in hand (the highlighted one): its index. */
const cursorAt = (page) =>
  page.evaluate(() =>
    Number(
      document
        .querySelector('[data-testid="attendance-list"] [data-active]')
        ?.getAttribute('data-row') ?? -1,
    ),
  );

/** Presses `key` until the line in hand is `target` (PageDown/PageUp/arrows only). */
async function moveTo(page, target) {
  for (let guard = 0; guard < 200; guard++) {
    const at = await cursorAt(page);
    if (at === target) return;
    const d = target - at;
    await page.keyboard.press(
      d >= 10 ? 'PageDown' : d <= -10 ? 'PageUp' : d > 0 ? 'ArrowDown' : 'ArrowUp',
    );
  }
  assert.fail(`could not reach line ${target} by keyboard (at ${await cursorAt(page)})`);
}

/** The drawn line at `index`: name and state, as the chair sees them. */
const lineAt = (page, index) =>
  page.evaluate((i) => {
    const row = document.querySelector(`[data-testid="attendance-list"] [data-row="${i}"]`);
    if (!row) return null;
    const r = row.getBoundingClientRect();
    return {
      name: row.children[1]?.textContent ?? '',
      state: row.getAttribute('data-state'),
      text: row.textContent ?? '',
      inView: r.bottom > 0 && r.top < window.innerHeight,
    };
  }, index);

test(
  'a meeting of ~500 people: attendance marked by keyboard far down the list is kept, in sign-in order',
  { timeout: 180_000 },
  async () => {
    await withDemoUnion(async ({ page, url }) => {
      await page.goto(`${url}#/roster/import`);
      await chooseFile(page, 'import-pick-file', {
        name: '全校名单.xlsx',
        mimeType: 'application/octet-stream',
        buffer: bigRoster(),
      });
      await page.getByTestId('import-next').click();
      await page.getByTestId('import-next').click();
      await page.getByTestId('import-write').click();
      await page.getByTestId('import-done').waitFor({ timeout: 60_000 });

      // A meeting for everyone in service.
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
      assert.ok(invited >= EXTRA, `应到 ${invited}`);

      // The signed paper's order: the sign-in sheet's member lines.
      await page.getByRole('button', { name: '打印签到表' }).click();
      await page.getByTestId('print-pages').waitFor();
      // Each run of rows is drawn as one text per column, a line per row: zip them back.
      const paper = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="sign-in-run"]')].flatMap((run) => {
          const cols = [...run.querySelectorAll('.ud-sheet-col')].map((c) =>
            (c.textContent ?? '').split('\n'),
          );
          const rows = Array.from({ length: Number(run.getAttribute('data-rows')) }, (_, i) =>
            cols.map((c) => c[i] ?? '').join(' '),
          );
          // Blank rows for late sign-ins carry only their 序号.
          return rows.filter((r) => !/^\s*\d*\s*$/.test(r));
        }),
      );
      assert.equal(paper.length, invited);
      await page.goBack();

      await page.getByRole('button', { name: '登记出席' }).click();
      await page.getByTestId('attendance-list').waitFor();
      const detailUrl = page.url();
      // Virtual: far fewer lines drawn than people on the list.
      const drawn = await page.locator('[data-testid="attendance-list"] [data-row]').count();
      assert.ok(drawn < invited / 2, `${drawn} of ${invited} lines drawn`);

      // The screen runs in the paper's order, every line once.
      const order = await readWholeList(page);
      assert.equal(order.length, invited);
      order.forEach((line, i) =>
        assert.ok(paper[i].includes(line.name), `line ${i + 1}: ${line.name} / paper ${paper[i]}`),
      );
      assert.equal(new Set(order.map((l) => l.name)).size, invited, 'every name once');

      // Keyed straight down the paper: 1 出席 on the first line, then far down by PageDown.
      const last = invited - 1;
      const leaveAt = Math.min(312, last - 5);
      const presentAt = Math.min(251, leaveAt - 10);
      /** The line just marked is on screen, is the person the paper has there, and shows `state`. */
      const assertMarked = async (i, state) => {
        const line = await lineAt(page, i);
        assert.ok(line?.inView, `line ${i + 1} is on screen`);
        assert.equal(line?.name, order[i].name, `line ${i + 1} is ${order[i].name}`);
        assert.equal(line?.state, state, `${order[i].name} is ${state}`);
      };
      assert.equal(await cursorAt(page), 0);
      await page.keyboard.press('1');
      assert.equal(await cursorAt(page), 1, '出席 goes on to the next line');
      await assertMarked(0, '出席');
      await moveTo(page, presentAt);
      await page.keyboard.press('1');
      await assertMarked(presentAt, '出席');
      await moveTo(page, leaveAt);
      await page.keyboard.press('2');
      await page.getByPlaceholder('请假原因，回车确认').fill('外出培训');
      await page.keyboard.press('Enter');
      await assertMarked(leaveAt, '请假');
      await moveTo(page, last);
      await page.keyboard.press('3');
      await assertMarked(last, '缺席');
      await screenshot(page, 'bigMarking-01-marked');
      await page.getByRole('button', { name: /^保存/ }).first().click();
      await page.getByText(/已保存 4 人的出席登记/).waitFor();

      // After a reload: the same order, the same marks on the same people.
      await page.reload();
      await page.getByTestId('attendance-list').waitFor();
      assert.equal(page.url(), detailUrl);
      const again = await readWholeList(page);
      assert.deepEqual(
        again.map((l) => l.name),
        order.map((l) => l.name),
        'the sign-in order is kept',
      );
      const states = new Map(again.map((l, i) => [i, l.state]));
      assert.equal(states.get(0), '出席');
      assert.equal(states.get(presentAt), '出席');
      assert.equal(states.get(leaveAt), '请假');
      assert.equal(states.get(last), '缺席');
      assert.equal(again.filter((l) => l.state !== '报名').length, 4, 'nobody else was marked');
      await moveTo(page, leaveAt);
      const leave = await lineAt(page, leaveAt);
      assert.equal(leave?.name, order[leaveAt].name);
      assert.match(leave?.text ?? '', /请假原因：外出培训/);
      assert.ok(leave?.inView, 'the line in hand is on screen');
      await screenshot(page, 'bigMarking-02-reloaded');

      await page.getByRole('button', { name: /返回/ }).click();
      assert.equal(Number(await page.getByTestId('count-出席').textContent()), 2);
      assert.equal(Number(await page.getByTestId('count-请假').textContent()), 1);
      assert.equal(Number(await page.getByTestId('count-缺席').textContent()), 1);
    });
  },
);
