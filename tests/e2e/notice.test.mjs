import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { ARTIFACTS, launch, nav, screenshot, serveWeb } from './harness.mjs';

const YEAR = new Date().getFullYear();
const MEETING = {
  id: 'act-e2e-congress',
  kindId: 'kind-meeting',
  title: '第五届教代会第二次会议',
  startDate: `${YEAR}-11-25`,
  startTime: '15:00',
  endDate: null,
  endTime: null,
  place: '学校报告厅',
  organiser: '工会',
  coOrganiser: '',
  targetGroup: '全体教代会代表',
  budget: null,
  actualCost: null,
  notes: '',
  year: YEAR,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
};

/** Puts an activity straight into the app's IndexedDB (the activities screens are tested elsewhere). */
async function addActivity(page, activity) {
  await page.evaluate(
    (row) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('uniondesk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('activities', 'readwrite');
          tx.objectStore('activities').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    activity,
  );
}

test('a chair writes a meeting notice for an activity, saves it with a 文号, exports Word and PDF', async () => {
  const server = await serveWeb();
  const b = await launch();
  const out = join(ARTIFACTS, 'notice');
  mkdirSync(out, { recursive: true });
  try {
    const { page } = b;
    await page.goto(server.url);
    await page.getByTestId('load-demo-first-run').click();
    await page.getByTestId('home').waitFor();
    await addActivity(page, MEETING);

    await nav(page, '通知公示');
    await page.getByTestId('notices-page').waitFor();
    await page.getByTestId('write-notice').click();
    await page.getByTestId('write-notice-会议通知').click();
    await page.getByTestId('notice-editor').waitFor();

    // Choosing the activity fills name, time, place and participants.
    await page.getByTestId('notice-activity').click();
    await page.getByRole('option', { name: `${MEETING.startDate} ${MEETING.title}` }).click();
    const pages = page.getByTestId('print-pages');
    await pages.getByText(`关于召开${MEETING.title}的通知`).waitFor();
    const weekday = '日一二三四五六'[new Date(`${MEETING.startDate}T00:00:00Z`).getUTCDay()];
    const timeText = `${YEAR}年11月25日（星期${weekday}）下午3:00`;
    assert.match(await pages.innerText(), new RegExp(timeText.replace(/[()（）]/g, '.')));

    // Fields nobody answered yet are flagged, in Chinese, before anything is printed.
    const warnings = page.getByTestId('merge-warnings');
    assert.match(await warnings.innerText(), /还没有内容.*\{内容\}.*\{联系电话\}/s);
    assert.match(await warnings.innerText(), /预计编号/);
    // This machine (Debian, Noto CJK only) has neither 仿宋 nor 小标宋: the preview says so.
    assert.match(
      await page.getByTestId('notice-font-warning').innerText(),
      /这台电脑没有仿宋、小标宋（或华文中宋）字体/,
    );
    await screenshot(page, 'notice-00-warnings');
    await page.getByTestId('field-内容').fill('审议工会工作报告和经费收支情况报告。');
    await page.getByTestId('field-联系电话').fill('0571-88001234');
    assert.doesNotMatch(await warnings.innerText(), /还没有内容/);

    // Saving assigns the first 文号 of the year: 「实验工〔YEAR〕1号」 (prefix from the union's name).
    const number = `实验工〔${YEAR}〕1号`;
    await page.getByTestId('save-notice').click();
    await page.getByTestId('notice-saved-message').filter({ hasText: number }).waitFor();
    await pages.getByText(number).waitFor();
    await screenshot(page, 'notice-01-editor');

    // 导出Word: the merged text and the 文号 are in word/document.xml.
    const download = page.waitForEvent('download');
    await page.getByTestId('export-docx').click();
    const file = await download.catch(async (e) => {
      await screenshot(page, 'notice-failed-export');
      throw e;
    });
    assert.equal(file.suggestedFilename(), `关于召开${MEETING.title}的通知.docx`);
    const cfb = XLSX.CFB.read(readFileSync(await file.path()), { type: 'buffer' });
    const xml = Buffer.from(XLSX.CFB.find(cfb, '/word/document.xml').content).toString('utf8');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      number,
      MEETING.place,
      timeText,
      '审议工会工作报告和经费收支情况报告',
      '0571-88001234',
    ])
      assert.ok(text.includes(s), `Word 文件中没有“${s}”`);

    // 保存为PDF as Chromium prints the page: only the notice's pages, as previewed.
    const pdfPath = join(out, 'notice.pdf');
    writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const squashed = pdfText.replace(/\s+/g, '');
    for (const s of [number, MEETING.title, MEETING.place, timeText, '示例市实验中学工会委员会'])
      assert.ok(squashed.includes(s.replace(/\s+/g, '')), `PDF 中没有“${s}”`);
    // pdftotext drops the thin spaces of 「— 1 —」.
    assert.match(pdfText, /—\s*1\s*—/);
    assert.doesNotMatch(pdfText, /发文登记|保存为PDF|通知公示/, 'PDF 里不应有界面文字');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(out, 'notice')]);

    // The register lists it; reopening shows the same 文号.
    await nav(page, '通知公示');
    const register = page.getByTestId('notice-register');
    await register.getByText(number).waitFor();
    await register.getByText(MEETING.title).first().waitFor();
    await screenshot(page, 'notice-02-register');
    await page.getByTestId('templates-tab').click();
    await page.getByTestId('template-list').getByText('慰问信').first().waitFor();
    await screenshot(page, 'notice-03-templates');
    // A built-in is copied, never changed: the copy opens in the template editor.
    await page
      .getByTestId('template-list')
      .getByRole('row', { name: /会议通知（通用）/ })
      .getByRole('button', { name: '复制' })
      .click();
    await page.getByTestId('template-editor').waitFor();
    assert.equal(await page.getByTestId('template-name').inputValue(), '会议通知（通用）（副本）');
    await screenshot(page, 'notice-04-template-editor');
    await nav(page, '通知公示');
    await register.getByText(number).click();
    await page.getByTestId('notice-editor').waitFor();
    await pages.getByText(number).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
    await server.close();
  }
});
