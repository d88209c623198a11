// Roster at township scale: import of a 50,000-row .xlsx against the floor, search as you
// type, export. Targets: import ≤ 1.5× floor; search p95 ≤ 16 ms; export ≤ 3 s.
import { report, withBenchPage } from './browserBench.mjs';

const N = Number(process.env.BENCH_ROWS ?? 50_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const r = await withBenchPage((page) =>
  page.evaluate(([n, k]) => window.rosterBench(n, k), [N, REPEAT]),
);
report(
  `花名册 ${N} 行（各项取 ${REPEAT} 次中位数）`,
  [
    {
      项目: '导入（读取+规范化+写入）',
      毫秒: r.import.totalMs,
      说明: `其中读取规范化 ${r.import.parseMs} ms；基准 ${r.import.floorMs} ms（其中读取 ${r.import.floorReadMs} ms）；比值中位数 ${r.import.ratioToFloor}×（各次 ${r.import.ratios.join('、')}；目标 ≤1.5×）`,
    },
    { 项目: '建立搜索索引', 毫秒: r.search.indexMs, 说明: '' },
    ...['name', 'initials', 'pinyin', 'idTail'].map((k) => ({
      项目: `搜索 ${k}`,
      毫秒: r.search[k].p95,
      说明: `p50 ${r.search[k].p50} ms，p95 ${r.search[k].p95} ms，${r.search[k].keystrokes} 次按键（目标 p95 ≤16）`,
    })),
    {
      项目: '导出 xlsx',
      毫秒: r.export.ms,
      说明: `${r.export.columns} 列，${(r.export.bytes / 1e6).toFixed(1)} MB（目标 ≤3000 ms）`,
    },
  ],
  r,
);
