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

const OUT = join(ARTIFACTS, 'hardship');

async function printPdf(page, name) {
  await page.getByTestId('print-page').first().waitFor();
  const pdf = join(OUT, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, name)]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

test('a chair files a hardship case with its family, records 慰问金 and 金秋助学, prints both', async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await serveWeb();
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();
    const year = new Date().getFullYear();

    // ── 工作台: the demo's files come due for review on 12-15 (reviewed last December) and
    // 01-12 next year (filed this January); each is shown from 30 days before. ──
    const now = new Date();
    const md = `${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const due = (md >= '11-15' ? 1 : 0) + (md >= '12-13' ? 1 : 0);
    if (due === 0) assert.equal(await page.getByTestId('hardship-reminder').count(), 0);
    else
      await expectText(
        page.getByTestId('hardship-reminder'),
        new RegExp(`困难职工档案待复核（${due} 户）`),
      );

    // ── the demo's two files ──
    await nav(page, '困难帮扶');
    await page.getByTestId('file-table').waitFor();
    await expectText(page.getByTestId('file-count'), /在档 2 户，共 2 份档案/);
    await expectCount(page.getByTestId('file-row'), 2);
    const filed = (await page.getByTestId('file-row').locator('a').allTextContents()).map((s) =>
      s.trim(),
    );

    // ── a new file: a member without one, household typed by keyboard ──
    await page.getByRole('link', { name: '新建档案' }).click();
    await page.getByRole('combobox', { name: '困难职工' }).click();
    const options = await page.getByRole('option').allTextContents();
    const choice = options.find((o) => !filed.some((n) => o.startsWith(n)));
    const name = choice.replace(/（.*$/, '');
    await page.getByRole('option', { name: choice, exact: true }).click();
    await page.getByRole('combobox', { name: '主要致困原因' }).fill('患重特大疾病');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByLabel('第1人姓名').inputValue(), name);
    await page.getByLabel('第1人月收入').fill('3000');
    await page.getByLabel('第1人就业或就学').fill('在职');
    await page.keyboard.press('Enter');
    await page.getByLabel('第2人姓名').fill('周丽');
    await page.getByLabel('第2人健康状况').fill('白血病');
    await page.getByLabel('第2人就业或就学').fill('无业');
    await page.keyboard.press('Enter');
    await page.getByLabel('第3人姓名').fill('张小明');
    await page.getByLabel('第3人就业或就学').fill('市一中');
    assert.equal(await page.getByLabel('家庭人口').inputValue(), '3');
    const perHead = await page.getByTestId('income-per-head').textContent();
    assert.match(perHead, /3,000\.00元 ÷ 3 人 ＝ 月人均收入 1,000\.00元（低保边缘/);
    await page.getByRole('textbox', { name: '结对帮扶领导' }).fill('李书记');
    await screenshot(page, 'hardship-01-form');
    await page.getByRole('button', { name: '保存档案' }).click();
    await page.getByTestId('file-detail').waitFor();
    assert.match(await page.getByTestId('detail-income').textContent(), /月人均收入 1,000\.00元/);

    // ── a 金秋助学 campaign in 关怀慰问 → 活动批次, for the child's aid to join ──
    const fileUrl = page.url();
    await page.goto(`${server.url}#/care?tab=campaigns`);
    await page.getByRole('button', { name: '新建活动批次' }).click();
    const campaignForm = page.getByRole('dialog', { name: '新建活动批次' });
    await campaignForm.getByRole('combobox', { name: '类别' }).click();
    await page.getByRole('option', { name: '金秋助学' }).click();
    assert.equal(
      await campaignForm.getByRole('textbox', { name: '名称' }).inputValue(),
      `${year}年金秋助学`,
    );
    await campaignForm.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('campaign-list').getByText(`${year}年金秋助学`).waitFor();
    await page.goto(fileUrl);
    await page.getByTestId('file-detail').waitFor();

    // ── two assistance records: 慰问金 and 金秋助学 for the child ──
    await page.getByRole('button', { name: '登记帮扶' }).click();
    const form = page.getByTestId('assistance-form');
    await form.getByRole('textbox', { name: '金额（元）' }).fill('500');
    await form.getByRole('textbox', { name: '说明' }).fill('大病慰问');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('assistance-row').first().waitFor();
    await page.getByRole('button', { name: '登记帮扶' }).click();
    await form.getByRole('combobox', { name: '帮扶形式' }).click();
    await page.getByRole('option', { name: '金秋助学' }).click();
    assert.equal(await form.getByRole('combobox', { name: '受助子女' }).inputValue(), '张小明');
    await form.getByRole('textbox', { name: '就读学校' }).fill('省理工大学');
    await form.getByRole('textbox', { name: '年级' }).fill('大一');
    await form.getByRole('textbox', { name: '金额（元）' }).fill('2000');
    await form.getByTestId('campaign-select').click();
    await page.getByRole('option', { name: `${year}年金秋助学` }).click();
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('共 2 次，2,500.00元').waitFor();
    await screenshot(page, 'hardship-02-detail');

    // ── the member page shows the file ──
    await page.getByRole('heading', { name }).getByRole('link').click();
    await page.getByTestId('member-page').waitFor();
    assert.match(
      await page.getByTestId('member-hardship').textContent(),
      /相对困难（在档）.*主要原因患重特大疾病；帮扶 2 次，2,500.00元/,
    );
    await page.goBack();
    await page.getByTestId('file-detail').waitFor();

    // ── 困难职工档案表 ──
    await page.getByRole('link', { name: '打印档案表' }).click();
    const sheet = await printPdf(page, 'file-sheet');
    assert.match(sheet, /困难职工档案表/);
    assert.ok(sheet.includes(name), sheet);
    assert.match(sheet, /月人均收入\s+1,000\.00元（低保边缘；低保标准900\.00元）/);
    assert.match(sheet, /张小明，省理工大学，大一/);
    assert.match(sheet, /合计\s+2次\s+2,500\.00/);
    assert.match(sheet, /填表人：\s+审核人：\s+工会主席：\s+（工会盖章）/);
    assert.match(sheet, /第\s*1\s*页\s*共\s*1\s*页/);
    await page.getByRole('link', { name: '← 返回档案' }).click();

    // ── 困难职工帮扶台账 for the year: the demo's records and ours ──
    await nav(page, '困难帮扶');
    await page.getByRole('tab', { name: '帮扶台账' }).click();
    const yearTotal = await expectText(page.getByTestId('year-total'), /合计\s*[\d,]+\.\d\d元/);
    const total = /合计\s*([\d,]+\.\d\d)元/.exec(yearTotal)[1];
    const count = /共 (\d+) 次/.exec(yearTotal)[1];
    await page.getByRole('link', { name: '打印帮扶台账' }).click();
    const ledger = await printPdf(page, 'assistance-ledger');
    assert.match(ledger, new RegExp(`${year}年困难职工帮扶台账`));
    assert.match(ledger, new RegExp(`合计\\s+${count}次\\s+${total}\\s+受帮扶职工3人`));
    assert.match(ledger, /金秋助学\s+2,000\.00\s+本会\s+是\s+张小明，省理工大学，大一/);
    assert.match(ledger, /经办人：\s+审核人：\s+工会主席：/);

    // ── 建档公示: names, departments and tiers only ──
    await nav(page, '困难帮扶');
    await page.getByRole('link', { name: '打印建档公示' }).click();
    const notice = await printPdf(page, 'public-notice');
    assert.match(notice, /困难职工建档公示/);
    assert.match(notice, /序号\s+姓名\s+部门\s+困难类别/);
    assert.match(notice, new RegExp(`${name}\\s+\\S+\\s+相对困难`));
    for (const hidden of ['1,000.00', '3,000.00', '患重特大疾病', '周丽', '白血病'])
      assert.ok(!notice.includes(hidden), `公示 must not show ${hidden}`);

    // ── the campaign counts the aid and prints it to sign, with the child and school ──
    await page.goto(`${server.url}#/care?tab=campaigns`);
    const campaignRow = page
      .getByTestId('campaign-list')
      .locator('tbody tr')
      .filter({ hasText: `${year}年金秋助学` });
    await campaignRow.filter({ hasText: '2,000.00' }).waitFor();
    assert.deepEqual((await campaignRow.locator('td').allTextContents()).slice(3, 6), [
      '0 / 0',
      '0',
      '1',
    ]);
    assert.match(await campaignRow.textContent(), /2,000\.00/);
    await campaignRow.getByRole('button', { name: '打印签领表' }).click();
    const campaignSheet = await printPdf(page, 'campaign');
    assert.match(campaignSheet, new RegExp(`${year}年金秋助学发放签领表`));
    assert.ok(campaignSheet.includes(name), campaignSheet);
    assert.match(campaignSheet, /金秋助学：张小明（2,000\.00元）/);
    assert.match(campaignSheet, /合计\s+1人次\s+2,000\.00元/);

    // ── 年度统计: hardship.* ──
    await nav(page, '年度统计');
    await page.getByTestId('year-end-page').waitFor();
    const value = (key) =>
      page.getByTestId(`figure-${key}`).getByTestId('figure-value').textContent();
    assert.equal(await value('hardship.openFiles'), '3 户');
    assert.equal(await value('hardship.assistanceCount'), `${count} 次`);
    assert.equal(await value('hardship.assistanceTotal'), `${total.replace(/,/g, '')} 元`);
    await screenshot(page, 'hardship-03-year-end');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
