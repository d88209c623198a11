import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS,
  expectCount,
  expectText,
  launch,
  nav,
  screenshot,
  serveWeb,
} from './harness.mjs';

const OUT = join(ARTIFACTS, 'elections');
// Surnames of 2 … 10 strokes, so the ballot order (姓氏笔画) is the order typed here.
const CANDIDATES = ['丁一凡', '于小梅', '王建国', '石磊', '刘芳', '李明', '周静', '胡涛', '徐丽'];

function pdfText(page, name) {
  const pdf = join(OUT, `${name}.pdf`);
  return page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true }).then(() => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(OUT, name)]);
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  });
}

test('a chair elects 7 from 9: ballots printed, 20 keyed, the tie found, the report printed', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    await nav(page, '换届选举');
    // The demo union's last election is there, its result applied.
    await page.getByTestId('election-row').first().getByText('已产生新一届委员会').waitFor();

    // ── set up: 7 seats, 9 candidates, 20 entitled and present ──
    await page.getByRole('button', { name: '新建选举' }).click();
    await page.getByLabel('应到会有选举权人数', { exact: true }).fill('20');
    await page.getByLabel('实到人数').fill('20');
    await page.getByLabel('发出选票').fill('20');
    await page.getByLabel('收回选票').fill('20');
    await page.getByLabel(/^候选人/).fill(CANDIDATES.slice(0, 7).join('\n'));
    await page
      .getByTestId('margin-warning')
      .getByText(/等额选举/)
      .waitFor();
    await page.getByLabel(/^候选人/).fill(CANDIDATES.join('\n'));
    await page.getByTestId('margin-warning').waitFor({ state: 'detached' });
    await page.getByLabel('总监票人').fill('钱监票');
    await page.getByLabel(/^计票人/).fill('孙计票');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('election-detail').waitFor();

    // ── print the ballots: 20, numbered, two to a page ──
    await page.getByRole('link', { name: '打印选票' }).click();
    await page.getByTestId('ballot-summary').getByText('选票 20 张，共 10 页').waitFor();
    await expectCount(page.getByTestId('ballot'), 20);
    await screenshot(page, 'elections-01-ballots');
    const ballots = await pdfText(page, 'ballots');
    assert.match(ballots, /第\d+届委员会委员选举选票/);
    assert.match(ballots, /（按姓氏笔画为序）\s*应选7人/);
    assert.match(ballots, /No\.020/);
    assert.match(ballots, /丁一凡\s+于小梅\s+王建国\s+石磊\s+刘芳\s+李明\s+周静/);
    assert.match(ballots, /不同意的，画“×”；弃权的，不画任何符号/);
    await page.getByRole('link', { name: /‹/ }).click();

    // ── key 20 ballots by keyboard: 1 赞成, 2 反对, Enter saves ──
    await page.getByTestId('key-ballots-1').click();
    const entry = page.getByTestId('ballot-entry');
    await entry.focus();
    const count = page.getByTestId('keyed-count');
    let n = 0;
    const key = async (keys, writeIn) => {
      await page.keyboard.type(keys);
      if (writeIn) {
        await page.keyboard.press('w');
        await page.keyboard.type(writeIn);
      }
      await page.keyboard.press('Enter');
      n++;
      await count.getByText(String(n), { exact: true }).waitFor();
    };
    for (let i = 0; i < 7; i++) await key('111111122'); // 李明 + 周静
    for (let i = 0; i < 7; i++) await key('111111212'); // 李明 + 胡涛
    for (let i = 0; i < 4; i++) await key('111112112'); // 周静 + 胡涛
    await key(''); // a blank ballot: valid, all 弃权
    // Over-marked by a write-in: 7 赞成 + 1 另选 → caught as it is keyed.
    await page.keyboard.type('111111122');
    await page.keyboard.press('w');
    await page.keyboard.type('孙十');
    await page
      .getByTestId('ballot-invalid')
      .getByText('赞成 8 人（含另选他人），多于应选 7 人')
      .waitFor();
    await screenshot(page, 'elections-02-invalid');
    await page.keyboard.press('Enter');
    n++;
    await count.getByText(String(n), { exact: true }).waitFor();
    await expectText(page.getByTestId('valid-count'), '19');
    await expectText(page.getByTestId('invalid-count'), '1');
    const firstTotal = await page.getByTestId('total-row').first().textContent();
    assert.equal(firstTotal, '丁一凡1801'); // 18 赞成, 0 反对, 1 弃权 (the blank ballot)
    await screenshot(page, 'elections-03-totals');

    // ── the result: 6 elected, 周静 and 胡涛 tied for the last seat ──
    await page.getByRole('link', { name: /‹/ }).click();
    const tie = await page.getByTestId('tie-alert').textContent();
    assert.match(tie, /周静、胡涛得票相等（各 11 票），争1个名额/);
    await expectText(
      page.getByTestId('elected-names'),
      /当选（6 人）：丁一凡、于小梅、王建国、石磊、刘芳、李明/,
    );
    await expectText(
      page.getByTestId('round-1-counts'),
      /有效 19 张，无效 1 张。当选须获得 11 票以上/,
    );
    await screenshot(page, 'elections-04-result');
    await page.getByTestId('next-round').click();
    await page.getByTestId('round-2').getByText('第 2 轮 · 得票相等重新投票 · 应选 1 人').waitFor();

    // ── 选举结果报告 with a 文号 from the register ──
    await page.getByTestId('report-button').click();
    await page.getByTestId('issue-number').click();
    const number = (await page.getByTestId('document-number').textContent()).match(
      /文号：(\S+号)/,
    )[1];
    await screenshot(page, 'elections-05-report');
    const report = (await pdfText(page, 'report')).replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
    assert.ok(report.includes(number), report);
    assert.match(report, /应到会有选举权人数20人，实到20人/);
    assert.match(report, /发出选票20张，收回20张，其中有效票19张，无效票1张/);
    assert.match(report, /李明：赞成14票，反对4票，弃权1票，得票率70\.00%，当选/);
    assert.match(report, /周静：赞成11票，反对7票，弃权1票，得票率55\.00%，得票相等/);
    assert.match(report, /须就票数相等的候选人重新投票/);
    assert.match(report, /总监票人（签字）/);
    assert.match(report, /计票人（签字）/);

    // ── the re-vote: 周静 3, 胡涛 2 → 周静 takes the last seat; the result becomes the new 届 ──
    await page.getByRole('link', { name: /‹/ }).click();
    const round2 = page.getByTestId('round-2');
    await round2.getByLabel('本轮发出选票').fill('20');
    await round2.getByLabel('本轮收回选票').fill('20');
    await round2.getByRole('button', { name: '保存' }).click();
    await round2.getByText('发出 20 张，收回 20 张').waitFor();
    await page.getByTestId('key-ballots-2').click();
    await page.getByTestId('ballot-entry').focus();
    n = 0;
    for (const keys of ['12', '12', '12', '21', '21']) await key(keys);
    await page.getByRole('link', { name: /‹/ }).click();
    await expectText(
      page.getByTestId('elected-names'),
      /当选（7 人）：丁一凡、于小梅、王建国、石磊、刘芳、李明、周静/,
    );
    await page.getByTestId('apply-result').click();
    await page.getByText(/已写入工会委员会（第\d+届）/).waitFor();
    await nav(page, '工会信息');
    await page.getByRole('tab', { name: '工会委员会' }).click();
    await page.getByTestId('officer-row').getByText('周静').waitFor();
    await expectCount(page.getByTestId('officer-row'), 7);
    await screenshot(page, 'elections-06-new-committee');
    await nav(page, '换届选举');
    await page.getByTestId('election-row').first().click();

    // ── the 计票表 and the 请示 print too ──
    await page.getByRole('link', { name: '计票表' }).click();
    await page.getByTestId('print-page').first().waitFor();
    const sheet = (await pdfText(page, 'tally-sheet')).replace(/[ \t]+/g, ' ');
    assert.match(sheet, /换届选举计票表\s+第1轮（正式选举）/);
    assert.match(sheet, /第2轮（得票相等重新投票）/);
    assert.match(sheet, /6 李明 14 4 1 70\.00% 当选/);
    assert.match(sheet, /总监票人：/);
    await page.getByRole('link', { name: /‹/ }).click();
    await page.getByRole('link', { name: '请示' }).click();
    await page.getByTestId('print-page').first().waitFor();
    const request = (await pdfText(page, 'request')).replace(/\s+/g, '');
    assert.match(request, /候选人预备人选9名（按姓氏笔画为序）：丁一凡、于小梅、王建国/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});

test('a chair keys 民主测评 sheets by keyboard and prints the summary form', async () => {
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();
    await nav(page, '换届选举');
    await page.getByRole('button', { name: '新建测评' }).click();
    await page.getByLabel(/^被测评人员/).fill('王丽华 工会主席\n邓静 副主席');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('evaluation-detail').waitFor();

    // 5 items then the overall grade: 1 好 / 优秀, 2 较好 / 称职 …
    await page.getByTestId('sheet-entry').focus();
    const count = page.getByTestId('sheet-count');
    const sheets = ['111111', '121122', '233343'];
    for (const [i, keys] of sheets.entries()) {
      await page.keyboard.type(keys);
      await page.keyboard.press('Enter');
      await count.getByText(String(i + 1), { exact: true }).waitFor();
    }
    await expectText(page.getByTestId('competent-share'), '66.7%');
    await screenshot(page, 'elections-07-evaluation');

    await page.getByTestId('evaluation-summary-print').click();
    await page.getByTestId('print-page').first().waitFor();
    const text = (await pdfText(page, 'evaluation')).replace(/\s+/g, '');
    assert.match(text, /民主测评结果汇总表/);
    assert.match(text, /被测评人：王丽华（工会主席）/);
    assert.match(text, /收回测评表3张/);
    assert.match(text, /德（政治素质）2（66\.7%）1（33\.3%）0（0\.0%）0（0\.0%）/);
    assert.match(text, /称职以上（优秀、称职）2票，占66\.7%/);
    assert.match(text, /第1页共2页/);

    // The blank 测评表: 30 per person by default, two to a page.
    await page.getByRole('link', { name: /‹/ }).click();
    await page.getByRole('link', { name: '打印测评表' }).click();
    await page.getByTestId('print-page').first().waitFor();
    await expectCount(page.getByTestId('rating-sheet'), 60);
    const blank = (await pdfText(page, 'rating-sheets')).replace(/\s+/g, '');
    assert.match(blank, /被测评人：邓静（副主席）/);
    assert.match(blank, /测评项目好较好一般差德（政治素质）/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
