// 年度统计 at township scale: 50,000 members and 200,000 participant rows over ~400
// activities, stored in Chromium's IndexedDB. Times loadLedgerData (one read transaction) and
// computeReport (every ledger's figures and activities[]) apart. Target: ≤ 1 s.
import { report, withBenchPage } from './browserBench.mjs';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 50_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 400);
const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 200_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const r = await withBenchPage((page) =>
  page.evaluate(
    ([m, a, p, k]) => window.yearEndBench(m, a, p, k),
    [MEMBERS, ACTIVITIES, PARTICIPANTS, REPEAT],
  ),
);
report(
  `年度统计：会员 ${r.members} 人，活动 ${r.activities} 次，参加记录 ${r.participants} 行（各取 ${REPEAT} 次中位数）`,
  [
    { 项目: '读取台账（loadLedgerData）', 毫秒: r.loadMs, 说明: `各次 ${r.loads.join('、')}` },
    {
      项目: '计算（computeReport）',
      毫秒: r.computeMs,
      说明: `各次 ${r.computes.join('、')}（目标 ≤1000 ms）`,
    },
    { 项目: '合计', 毫秒: r.totalMs, 说明: '目标 ≤1000 ms' },
  ],
  r,
);
if (r.computeMs > 1000) process.exitCode = 1;
