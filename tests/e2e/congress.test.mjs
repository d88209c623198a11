import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, expectText, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'congress');

test('a chair holds a 教代会: session, attendance, a vote, two proposals and a reply, then prints the 汇编', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();

    // ── a new session of the demo's 第三届 ──
    await nav(page, '教代会');
    await page.getByTestId('session-list').waitFor();
    await page.getByRole('button', { name: '新建会议' }).click();
    await page.getByLabel('第几次会议').fill('6');
    await page.getByLabel('日期').fill('2026-11-28');
    await page.getByLabel('地点').fill('学校报告厅');
    await page
      .getByLabel('议程（每行一项）')
      .fill('听取校长工作报告\n审议通过《教职工考勤管理办法》');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('session-title').getByText('第三届教职工代表大会第六次会议').waitFor();

    // ── attendance by keyboard: 28 present, one on leave with a reason, one absent ──
    await page.getByRole('button', { name: '登记出席' }).click();
    await page.getByTestId('attendance-list').waitFor();
    await page.keyboard.press('2');
    await page.getByTestId('leave-reason').fill('外出培训');
    await page.getByTestId('leave-reason').press('Enter');
    await page.keyboard.press('3');
    for (let i = 0; i < 28; i++) await page.keyboard.press('1');
    await page.getByRole('button', { name: '其余全部出席' }).click();
    await expectText(
      page.getByTestId('attendance-counts'),
      /正式代表 30 人：出席 28，请假 1，缺席 1；法定人数 20 人/,
    );
    await screenshot(page, 'congress-01-attendance');
    await page.getByRole('button', { name: '保存并返回' }).click();
    const quorum = page.getByTestId('quorum');
    await quorum
      .getByText(/应到30人，实到28人，请假1人，缺席1人；法定人数（三分之二以上）20人，达到/)
      .waitFor();

    // ── a vote: 16 of 30 is 过半数 of all representatives ──
    const vote = page.getByTestId('vote-form');
    await vote.getByRole('combobox', { name: '表决事项' }).fill('审议通过《教职工考勤管理办法》');
    await vote.getByRole('textbox', { name: '赞成' }).fill('25');
    await vote.getByRole('textbox', { name: '反对' }).fill('2');
    await vote.getByRole('textbox', { name: '弃权' }).fill('1');
    await vote.getByRole('button', { name: '登记表决' }).click();
    const votes = page.getByTestId('vote-list');
    await votes.getByText('通过', { exact: true }).waitFor();
    await expectText(votes, /16（全体代表 30 人过半数）/);
    await screenshot(page, 'congress-02-session');

    // ── two proposals, one accepted and answered ──
    await page.getByRole('link', { name: '‹ 教代会' }).click();
    await page.getByRole('tab', { name: '提案' }).click();
    await page.getByTestId('proposal-list').waitFor();
    for (const title of ['关于增加教师阅览室开放时间的建议', '关于规范课后服务补助发放的建议']) {
      await page.getByRole('button', { name: '登记提案' }).click();
      const form = page.getByTestId('proposal-form');
      await form.getByRole('textbox', { name: '案由' }).fill(title);
      const proposer = form.getByRole('combobox', { name: '提案人' });
      await proposer.click();
      await page.getByRole('option').first().click();
      const co = form.getByLabel('附议人');
      await co.click();
      await page.getByRole('option').nth(0).click();
      await page.getByRole('option').nth(1).click();
      await page.keyboard.press('Escape');
      await form.getByRole('textbox', { name: '建议（办法）' }).fill('请学校研究办理。');
      await form.getByRole('button', { name: '保存' }).click();
      await page.getByTestId('proposal-list').getByText(title).waitFor();
    }
    await expectText(page.getByTestId('proposal-counts'), /共 2 件，立案 0 件/);
    await page.getByRole('link', { name: '关于增加教师阅览室开放时间的建议' }).click();
    await page.getByTestId('review-decision').click();
    await page.getByRole('option', { name: '立案', exact: true }).click();
    await page.getByRole('textbox', { name: '承办部门' }).fill('图书馆');
    await page.getByRole('button', { name: '保存审查结论' }).click();
    await page.getByTestId('proposal-title').getByText('第1号').waitFor();
    await page.getByTestId('reply-text').fill('自下学期起阅览室周一至周五开放至18时。');
    await page.getByRole('button', { name: '保存答复' }).click();
    await page.getByText('已答复', { exact: true }).waitFor();
    await screenshot(page, 'congress-03-proposal');

    // ── the 汇编 to PDF ──
    await page.getByRole('link', { name: '‹ 提案' }).click();
    await page.getByRole('link', { name: '提案汇编' }).click();
    await page.getByTestId('print-page').first().waitFor();
    await screenshot(page, 'congress-04-booklet');
    const pdf = join(OUT, 'booklet.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(OUT, 'booklet')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // Paragraphs are broken into lines in the PDF: compare the text without white space too.
    const flat = text.replace(/\s+/g, '');
    assert.match(text, /第三届教职工代表大会第六次会议/);
    assert.match(text, /提案汇编/);
    assert.match(text, /目\s+录/);
    // the contents give the page each part starts on
    assert.match(text, /第1号\s+关于增加教师阅览室开放时间的建议\s+1\n/);
    assert.match(text, /四、上次会议提案落实情况\s+3\n/);
    assert.match(flat, /共收到代表提案2件。经提案工作委员会审查，立案1件/);
    assert.match(flat, /提案人：\S+附议人：\S+、\S+/);
    assert.match(flat, /答复（图书馆）：自下学期起阅览室周一至周五开放至18时。/);
    // the last session (the demo's 第五次) and how its proposals were carried out
    assert.match(flat, /第三届教职工代表大会第五次会议立案提案3件，已落实1件/);
    assert.match(text, /关于改善教工食堂午餐质量的建议\s+总务处\s+已落实\s+满意/);
    assert.match(text, /—\s*3\s*—/);
    assert.deepEqual(b.errors, []);
  } catch (e) {
    await screenshot(b.page, 'congress-failed');
    throw e;
  } finally {
    await b.close();
    await server.close();
  }
});
