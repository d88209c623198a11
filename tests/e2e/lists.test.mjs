import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { ARTIFACTS, expectText, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'lists');

/** Names printed in the list rows on screen, in order (the second cell after 序号). */
async function namesOnScreen(page) {
  return page
    .getByTestId('list-row')
    .evaluateAll((rows) => rows.map((r) => r.children[1]?.textContent ?? ''));
}

/** How often each whitespace-separated token occurs in the PDF's text. */
function tokenCounts(text) {
  const counts = new Map();
  for (const t of text.split(/\s+/)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

test(
  'the chair prints the roster to PDF and exports the December birthday list to Excel',
  { timeout: 30_000 },
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
      await nav(page, '名册名单');
      await page.getByTestId('print-page').first().waitFor();
      await screenshot(page, 'lists-01-roster');

      // ── 花名册 on paper: every page numbered, every name once, numbers masked ──
      const pages = await page.getByTestId('print-page').count();
      const names = await namesOnScreen(page);
      await expectText(page.getByTestId('list-count'), new RegExp(`共 ${names.length} 人`));
      assert.ok(names.length > 50, `花名册只有 ${names.length} 人`);
      const pdf = join(OUT, 'roster.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'roster')]);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pageTexts = text.split('\f').filter((t) => t.trim() !== '');
      assert.equal(pageTexts.length, pages);
      pageTexts.forEach((t, i) => {
        assert.match(
          t,
          new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages}\\s*页`),
          `第${i + 1}页没有页码`,
        );
        assert.match(t, /序号\s+姓名/, `第${i + 1}页没有表头`);
      });
      const counts = tokenCounts(text);
      const expected = tokenCounts(names.join(' '));
      for (const [name, n] of expected)
        assert.equal(counts.get(name), n, `「${name}」应在PDF中出现 ${n} 次`);
      assert.doesNotMatch(text, /\d{17}[\dX]/, '打印件中不应出现完整身份证号');
      assert.match(text, /\d{4}\*{10}\d{3}[\dX]/);

      // ── 生日名单 for December, with ID numbers in full and a 签名 column, to Excel ──
      await page.getByTestId('list-kind').getByText('生日', { exact: true }).click();
      await page.getByTestId('list-month').click();
      await page.getByRole('option', { name: '12月', exact: true }).click();
      await page.getByLabel('身份证号', { exact: true }).check();
      await page.getByLabel('签名（签收用）').check();
      await page.getByLabel('打印完整证件号和电话').check();
      await page
        .getByTestId('list-title')
        .filter({ hasText: /年12月过生日的会员名单/ })
        .waitFor();
      const birthdayNames = await namesOnScreen(page);
      assert.ok(birthdayNames.length > 0, '示例工会12月应有人过生日');
      await screenshot(page, 'lists-02-birthdays');

      const downloading = page.waitForEvent('download');
      await page.getByTestId('export-xlsx').click();
      const download = await downloading;
      assert.match(download.suggestedFilename(), /^12月生日名单_\d{4}-\d{2}-\d{2}\.xlsx$/);
      const wb = XLSX.read(readFileSync(await download.path()), { type: 'buffer', cellNF: true });
      const ws = wb.Sheets[wb.SheetNames[0]];
      const rows = XLSX.utils.sheet_to_json(ws, { header: 1, raw: false, defval: '' });
      const header = rows[0];
      assert.equal(header[0], '序号');
      assert.equal(header.at(-1), '签名');
      const nameCol = header.indexOf('姓名');
      const idCol = header.indexOf('身份证号');
      assert.deepEqual(
        rows.slice(1).map((r) => r[nameCol]),
        birthdayNames,
      );
      for (let r = 1; r < rows.length; r++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c: idCol })];
        if (!cell) continue;
        assert.equal(cell.t, 's', `第${r + 1}行身份证号应为文本`);
        assert.match(String(cell.v), /^\d{17}[\dX]$/);
      }

      // The chair's column choices for the birthday list are still there after a restart.
      await page.reload();
      await page.getByTestId('list-kind').getByText('生日', { exact: true }).click();
      assert.equal(await page.getByLabel('签名（签收用）').isChecked(), true);
      assert.equal(await page.getByLabel('身份证号', { exact: true }).isChecked(), true);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
      await server.close();
    }
  },
);
