// Harness check: seed 2,000 members and see the roster paint them. The real app benches
// (roster, marking, import …) live beside this file and use the same harness.
import { reportTargets, withSeededApp } from './harness.mjs';

const missed = await withSeededApp({ members: 2000, bigActivity: 500 }, async ({ page, url }) => {
  const t0 = Date.now();
  await page.goto(`${url}#/roster`);
  await page.getByTestId('roster-table').getByText('第1单位').first().waitFor();
  const ms = Date.now() - t0;
  return reportTargets('基准工具自检（2,000 人）', [
    { 项目: '打开花名册到首行显示', 数值: `${ms} ms`, 目标: '—', met: null },
  ]);
});
process.exit(missed ? 1 : 0);
