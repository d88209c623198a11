import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { ARTIFACTS, launch, nav, screenshot, serveWeb } from './harness.mjs';

const OUT = join(ARTIFACTS, 'yearPack');
const flat = (s) => s.replace(/\s+/g, '');
const pageText = (pdf, n) =>
  flat(
    execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], {
      encoding: 'utf8',
    }),
  );

test(
  'the chair prints the demo union’s 年度台账: cover, contents whose page numbers lead to each register, every register',
  { timeout: 90_000 },
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

      const started = Date.now();
      await page.getByTestId('year-end-pack-button').click();
      await page.getByTestId('year-pack').waitFor();
      await page.getByTestId('pack-register').last().waitFor();
      const shownMs = Date.now() - started;
      await screenshot(page, 'yearPack-00-preview');

      const entries = await page.getByTestId('pack-contents-entry').evaluateAll((els) =>
        els.map((e) => ({
          text: e.textContent,
          title: e.getAttribute('data-title'),
          page: Number(e.getAttribute('data-page')),
          empty: e.hasAttribute('data-empty'),
        })),
      );
      const domPages = await page.getByTestId('print-pages').getByTestId('print-page').count();

      const pdf = join(OUT, 'yearPack.pdf');
      const t0 = Date.now();
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pdfMs = Date.now() - t0;
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(OUT, 'page')]);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
      console.log(`pack shown in ${shownMs} ms, PDF in ${pdfMs} ms, ${pages} pages`);
      assert.equal(pages, domPages, 'PDF 页数应与预览的页数相同（没有多出的空白页）');
      // One PDF, both orientations: the cover is portrait, the 花名册 (page 3) landscape.
      const sizes = [
        ...execFileSync('pdfinfo', ['-f', '1', '-l', '3', pdf], { encoding: 'utf8' }).matchAll(
          /size:\s+([\d.]+) x ([\d.]+)/g,
        ),
      ].map((m) => Number(m[1]) > Number(m[2]));
      assert.deepEqual(sizes, [false, false, true], '封面、目录应为纵向，花名册为横向');

      // The cover: union name, the year's title, 届次, chair and period.
      const cover = pageText(pdf, 1);
      assert.ok(cover.includes(`${year}年度工作台账`), cover);
      for (const s of [
        '示例市实验中学工会委员会',
        '第三届',
        '王丽华',
        `${year}年1月1日至${year}年12月31日`,
      ])
        assert.ok(cover.includes(s), `封面没有“${s}”`);

      // Every register the brief lists is in the contents, in the workbook's order.
      const labels = entries.map((e) => e.text);
      const order = [
        '会员花名册',
        '工会委员会名单',
        '活动台账',
        '慰问登记表',
        '福利发放',
        '困难职工帮扶台账',
        '会费收缴汇总表',
        '经费收支明细账',
        '代表名册',
        '提案登记表',
        '换届选举',
        '表彰',
        '发文登记',
        '年度统计',
        '台账检查',
      ];
      let at = -1;
      for (const o of order) {
        const i = labels.findIndex((l) => l.includes(o));
        assert.ok(i > at, `目录中“${o}”缺失或顺序不对：${labels.join(' | ')}`);
        at = i;
      }

      // The contents page shows each line with its page number, and that page starts the register.
      const contents = pageText(pdf, 2);
      assert.ok(contents.includes('目录'));
      for (const [i, e] of entries.entries()) {
        assert.ok(contents.includes(flat(e.text)), `目录页没有“${e.text}”`);
        const next = entries[i + 1]?.page ?? pages + 1;
        assert.ok(e.page >= 3 && e.page < next && e.page <= pages, `页码不对：${e.text}`);
        const first = pageText(pdf, e.page);
        assert.ok(
          first.includes(flat(e.title)),
          `第 ${e.page} 页不是“${e.title}”：${first.slice(0, 80)}`,
        );
        assert.ok(first.includes(`年度台账第${e.page}页`), `第 ${e.page} 页没有台账页码`);
        if (e.empty) assert.ok(first.includes('本年度无记录'), `“${e.text}”应印“本年度无记录”`);
      }

      // ID numbers and phones are masked in the roster's pages.
      const roster = entries.find((e) => e.text.includes('会员花名册'));
      const rosterEnd = entries[entries.indexOf(roster) + 1].page - 1;
      for (let n = roster.page; n <= rosterEnd; n++) {
        const t = pageText(pdf, n);
        assert.doesNotMatch(t, /\d{17}[\dX]/, `第 ${n} 页有完整身份证号`);
        assert.doesNotMatch(t, /1[3-9]\d{9}/, `第 ${n} 页有完整手机号`);
      }

      // 导出年度台账 Excel: the workbook under the pack's name.
      const downloading = page.waitForEvent('download');
      await page.getByTestId('year-pack-xlsx').click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), `示例市实验中学工会委员会${year}年度台账.xlsx`);
      const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
      assert.ok(files['xl/workbook.xml'], '导出的不是 xlsx');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
      await server.close();
    }
  },
);
