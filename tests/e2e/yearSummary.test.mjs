import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ARTIFACTS, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'yearSummary');

const figure = async (page, key) =>
  (await page.getByTestId(`figure-${key}`).getByTestId('figure-value').textContent()).replace(
    /[^\d.]/g,
    '',
  );

test(
  'the chair opens the 工作总结 draft of the demo year, edits a section and saves it as PDF and Word',
  { timeout: 40_000 },
  async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const server = await serveWeb();
    const b = await launch();
    try {
      const { page } = b;
      await page.goto(server.url);
      await page.getByTestId('load-demo-first-run').click();
      await page.getByTestId('home').waitFor();
      await nav(page, '年度统计');
      await page.getByTestId('year-end-page').waitFor();
      const year = new Date().getFullYear();
      const members = await figure(page, 'members.total');
      const activities = await figure(page, 'activities.count');
      const personTimes = await figure(page, 'activities.personTimes');
      const balance = await figure(page, 'funds.closingBalance');
      const careTotal = await figure(page, 'care.total');

      await screenshot(page, 'yearSummary-00-yearEnd');
      await page.getByTestId('year-end-summary-button').click();
      await page.getByTestId('summary-editor').waitFor();
      await page.getByTestId('print-page').first().waitFor();

      // 存在问题: the chair writes it; the preview follows.
      const problems = page.getByTestId('summary-section-存在问题');
      await problems.fill('部分会员参加活动的积极性不高。');
      await page.getByTestId('print-pages').getByText('部分会员参加活动的积极性不高。').waitFor();
      await screenshot(page, 'yearSummary-01-draft');

      const pdf = join(OUT, 'yearSummary.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'yearSummary')]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const flat = text.replace(/\s+/g, '');
      assert.match(flat, new RegExp(`${year}年度工作总结`));
      for (const h of ['一、基本情况', '四、文体活动', '六、经费', '七、存在问题', '八、明年打算'])
        assert.ok(flat.includes(h), `PDF 中没有“${h}”`);
      assert.ok(flat.includes(`本会共有会员${members}人`), `PDF 中没有会员总数 ${members}`);
      assert.ok(
        flat.includes(`全年共组织活动${activities}次，参加${personTimes}人次`),
        `PDF 中没有活动 ${activities} 次 ${personTimes} 人次`,
      );
      assert.ok(flat.includes(`合计${careTotal}元`), `PDF 中没有慰问合计 ${careTotal}`);
      assert.ok(flat.includes(`结余${balance}元`), `PDF 中没有经费结余 ${balance}`);
      assert.ok(flat.includes('部分会员参加活动的积极性不高。'));
      assert.doesNotMatch(text, /工作总结草稿|恢复草稿|导出Word/, 'PDF 里不应有界面文字');
      assert.match(text, /—\s*1\s*—/);

      // 导出Word: the same text, edit included, in word/document.xml.
      const downloading = page.waitForEvent('download');
      await page.getByTestId('summary-docx').click();
      const download = await downloading;
      assert.match(download.suggestedFilename(), new RegExp(`${year}年度工作总结\\.docx$`));
      const xml = strFromU8(
        unzipSync(new Uint8Array(readFileSync(await download.path())))['word/document.xml'],
      ).replace(/<[^>]+>/g, '');
      assert.ok(xml.includes(`本会共有会员${members}人`));
      assert.ok(xml.includes('部分会员参加活动的积极性不高。'));

      // Leaving and coming back keeps the edit; 恢复为自动草稿 gives that section's draft back.
      await page.getByRole('link', { name: '← 返回年度统计' }).click();
      await page.getByTestId('year-end-page').waitFor();
      await page.getByTestId('year-end-summary-button').click();
      await page.getByTestId('summary-editor').waitFor();
      assert.equal(await problems.inputValue(), '部分会员参加活动的积极性不高。');
      await page.getByTestId('summary-restore-存在问题').click();
      assert.match(await problems.inputValue(), /请在此填写本年度工作中存在的问题/);

      // 存为明年模板: her wording with the year's numbers turned into fields.
      const sport = page.getByTestId('summary-section-文体活动');
      await sport.fill(`今年工会共组织活动${activities}次，共有${personTimes}人次参加。`);
      await page.getByTestId('summary-save-template').click();
      const tpl = page.getByTestId('template-section-文体活动');
      await tpl.waitFor();
      assert.match(await tpl.inputValue(), /共有\{activities\.personTimes\}人次参加/);
      // A typo is flagged before saving, as in the notice templates.
      await tpl.fill('今年共组织活动{activities.cuont}次，{activities.personTimes}人次参加。');
      await page
        .getByTestId('summary-template-editor')
        .getByText('无法识别的字段：{activities.cuont}')
        .waitFor();
      await screenshot(page, 'yearSummary-02-template');
      await page.getByTestId('template-save').click();
      // Her edit of this year stays; restoring it shows the template filled with this year's figures.
      await page.getByTestId('summary-restore-文体活动').click();
      assert.equal(
        await sport.inputValue(),
        `今年共组织活动{activities.cuont}次，${personTimes}人次参加。`,
      );
      await page.getByTestId('summary-unknown-fields').getByText('{activities.cuont}').waitFor();
      await page
        .getByTestId('summary-field-highlight')
        .locator('[data-status="unknown"]')
        .waitFor();
      await screenshot(page, 'yearSummary-03-templateFilled');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
      await server.close();
    }
  },
);
