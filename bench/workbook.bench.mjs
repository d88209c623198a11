// 年度台账 at township scale: export of 50,000 members + ~200,000 活动参加 rows, and import of
// that file into an empty database against the floor (SheetJS read + Dexie bulkAdd of the
// same rows, measured in the same run). Targets: export ≤ 10 s; import ≤ 1.5× floor.
import { report, withBenchPage } from './browserBench.mjs';

const N = Number(process.env.BENCH_ROWS ?? 50_000);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 200);
const PER = Number(process.env.BENCH_PER_ACTIVITY ?? 1_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const r = await withBenchPage((page) =>
  page.evaluate(([n, a, p, k]) => window.workbookBench(n, a, p, k), [N, ACTIVITIES, PER, REPEAT]),
);
report(
  `年度台账：会员 ${r.members} 行、活动参加 ${r.participants} 行（各项取 ${REPEAT} 次中位数）`,
  [
    {
      项目: '导出年度台账',
      毫秒: r.export.ms,
      说明: `${(r.bytes / 1e6).toFixed(1)} MB；各次 ${r.export.runs.join('、')} ms（目标 ≤10000 ms）`,
    },
    {
      项目: '导入年度台账（读取+比对+一次写入）',
      毫秒: r.import.ms,
      说明: `其中读取比对 ${r.import.planMs} ms；基准 ${r.import.floorMs} ms（其中读取 ${r.import.floorReadMs} ms）；比值中位数 ${r.import.ratioToFloor}×（各次 ${r.import.ratios.join('、')}；目标 ≤1.5×）`,
    },
  ],
  r,
);
if (r.imported.members !== r.members || r.imported.participants !== r.participants) {
  console.error(`导入后行数不符：${JSON.stringify(r.imported)}`);
  process.exit(1);
}
