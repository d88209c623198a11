// 年度台账 at scale (issue 14 item 4): 5,000 members and 20 activities of 60 people, seeded
// into the app's own database; times 打印年度台账 from the click until the last register is
// on the desk, and page.pdf() of the whole pack, and counts its pages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { longestTask, reportTargets, withSeededApp } from './harness.mjs';

const MEMBERS = Number(process.env.PACK_MEMBERS ?? 5000);
const missed = await withSeededApp({ members: MEMBERS, activities: 20 }, async ({ page, url }) => {
  await page.goto(`${url}#/year-end?year=2026`);
  await page.getByTestId('year-end-page').waitFor({ timeout: 120_000 });
  const t0 = Date.now();
  await page.getByTestId('year-end-pack-button').click();
  await page.getByTestId('pack-register').last().waitFor({ timeout: 120_000 });
  const shown = Date.now() - t0;
  const longest = await longestTask(page);
  const dir = mkdtempSync(join(tmpdir(), 'yearpack-'));
  const t1 = Date.now();
  const pdf = join(dir, 'pack.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const printed = Date.now() - t1;
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1],
  );
  rmSync(dir, { recursive: true, force: true });
  return reportTargets(`年度台账（${MEMBERS.toLocaleString()} 人）`, [
    { 项目: '点击到最后一种台账显示', 数值: `${shown} ms`, 目标: '< 10000 ms', met: shown < 10000 },
    { 项目: '最长主线程任务', 数值: `${longest} ms`, 目标: '—', met: null },
    { 项目: '生成 PDF（page.pdf）', 数值: `${printed} ms`, 目标: '—', met: null },
    { 项目: 'PDF 页数', 数值: String(pages), 目标: '—', met: null },
  ]);
});
process.exit(missed ? 1 : 0);
