import * as XLSX from 'xlsx';
import { openDb } from '../../shared/db/db';
import { readRoster } from '../../shared/ledgers/roster/import';
import { planImport } from '../../shared/ledgers/roster/import/plan';
import { applyImport } from '../../shared/ledgers/roster/import/apply';
import { applySearch } from '../../shared/ledgers/roster/rules/rosterSearch';
import { buildSearchIndex, namePinyin } from '../../shared/ledgers/roster/rules/namePinyin';
import { exportRosterXlsx } from '../../shared/ledgers/roster/excel/rosterExport';
import { DEFAULT_ROSTER_COLUMN_KEYS } from '../../shared/ledgers/roster/rules/rosterColumns';
import { syntheticRosterXlsx } from './syntheticRoster';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The floor: the least any importer must do — SheetJS read, sheet_to_json, and Dexie
 * bulkAdd of the same rows into the same members table (same indexes), no checks.
 */
async function floorImport(bytes: Uint8Array): Promise<{ ms: number; readMs: number }> {
  const db = openDb(`bench-floor-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const wb = XLSX.read(bytes, { type: 'array' });
  const json = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]!]!, {
    range: 1,
  });
  const readMs = performance.now() - t;
  const rows = json.map((r, i) => ({
    ...r,
    id: `f${i}`,
    name: r['姓名'],
    idNumber: r['身份证号'],
    status: '在职',
    rosterOrder: i,
  }));
  await db.transaction('rw', db.members, () => db.members.bulkAdd(rows as never));
  const ms = performance.now() - t;
  db.close();
  return { ms, readMs };
}

/** UnionDesk: read + normalize + check, plan against the (empty) roster, write as one undoable batch. */
async function unionDeskImport(bytes: Uint8Array) {
  const db = openDb(`bench-import-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const result = readRoster(bytes, '花名册.xlsx');
  const parseMs = performance.now() - t;
  const plan = planImport(result.rows, []);
  await applyImport(db, result.rows, plan, {
    fileName: '花名册.xlsx',
    missing: { action: 'keep' },
    today: '2026-11-21',
    problemRows: 0,
  });
  return { ms: performance.now() - t, parseMs, db };
}

/** Every keystroke of typing `word`: 'zs' → ['z', 'zs']. */
const keystrokes = (word: string) => [...word].map((_, i) => word.slice(0, i + 1));

export async function rosterBench(n: number, repeat = 3) {
  const { bytes, names, idTails } = syntheticRosterXlsx(n);

  // Warm both paths once on a small file, so neither pays the JIT alone.
  const warm = syntheticRosterXlsx(1000).bytes;
  await floorImport(warm);
  await unionDeskImport(warm);

  // Floor and UnionDesk in turn, `repeat` times; medians are reported (the machine is noisy).
  const floors: number[] = [];
  const floorReads: number[] = [];
  const imports: number[] = [];
  const parses: number[] = [];
  const ratios: number[] = [];
  let db!: Awaited<ReturnType<typeof unionDeskImport>>['db'];
  for (let k = 0; k < repeat; k++) {
    const f = await floorImport(bytes);
    const u = await unionDeskImport(bytes);
    floors.push(f.ms);
    floorReads.push(f.readMs);
    imports.push(u.ms);
    parses.push(u.parseMs);
    ratios.push(u.ms / f.ms);
    if (k < repeat - 1) u.db.close();
    else db = u.db;
  }
  const median = (xs: number[]) => percentile(xs, 50);
  const [floorMs, floorReadMs, importMs, parseMs] = [
    median(floors),
    median(floorReads),
    median(imports),
    median(parses),
  ];
  const members = await db.members.toArray();

  // Search as you type: every keystroke filters the whole list.
  let t = performance.now();
  const index = buildSearchIndex(members);
  const indexMs = performance.now() - t;
  const timings: Record<string, number[]> = { name: [], initials: [], pinyin: [], idTail: [] };
  for (let k = 0; k < 20; k++) {
    const name = names[(k * 2477) % names.length]!;
    const py = namePinyin(name);
    const sequences: [string, string[]][] = [
      ['name', keystrokes(name)],
      ['initials', keystrokes(py.initials)],
      ['pinyin', keystrokes(py.full)],
      ['idTail', keystrokes(idTails[(k * 7919) % idTails.length]!)],
    ];
    for (const [kind, qs] of sequences) {
      for (const q of qs) {
        const s = performance.now();
        applySearch(index, q, members);
        timings[kind]!.push(performance.now() - s);
      }
    }
  }
  const search = Object.fromEntries(
    Object.entries(timings).map(([k, xs]) => [
      k,
      { p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), keystrokes: xs.length },
    ]),
  );

  // What the chair exports from the list: the roster's default columns.
  const exports: number[] = [];
  let exportBytes = 0;
  for (let k = 0; k < repeat; k++) {
    t = performance.now();
    exportBytes = exportRosterXlsx(members, DEFAULT_ROSTER_COLUMN_KEYS).byteLength;
    exports.push(performance.now() - t);
  }
  const exportMs = percentile(exports, 50);
  db.close();

  return {
    rows: n,
    repeat,
    import: {
      floorMs: round(floorMs),
      floorReadMs: round(floorReadMs),
      parseMs: round(parseMs),
      totalMs: round(importMs),
      ratioToFloor: Math.round(median(ratios) * 100) / 100,
      ratios: ratios.map((r) => Math.round(r * 100) / 100),
      target: '≤ 1.5×',
    },
    search: { indexMs: round(indexMs), ...search, target: 'p95 ≤ 16 ms' },
    export: {
      ms: round(exportMs),
      columns: DEFAULT_ROSTER_COLUMN_KEYS.length,
      bytes: exportBytes,
      target: '≤ 3000 ms',
    },
  };
}
