import * as XLSX from 'xlsx';
import { openDb } from '../../shared/db/db';
import { readRoster } from '../../shared/excel/import';
import { planImport } from '../../shared/rosterImport/plan';
import { applyImport } from '../../shared/rosterImport/apply';
import { applySearch, buildSearchIndex, namePinyin } from '../../shared/domain/rosterSearch';
import { exportRosterXlsx } from '../../shared/excel/rosterExport';
import { ROSTER_COLUMNS } from '../../shared/domain/rosterColumns';
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
async function floorImport(bytes: Uint8Array): Promise<number> {
  const db = openDb(`bench-floor-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const wb = XLSX.read(bytes, { type: 'array' });
  const json = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]!]!, { range: 1 });
  const rows = json.map((r, i) => ({ ...r, id: `f${i}`, name: r['姓名'], idNumber: r['身份证号'], status: '在职', rosterOrder: i }));
  await db.transaction('rw', db.members, () => db.members.bulkAdd(rows as never));
  const ms = performance.now() - t;
  db.close();
  return ms;
}

/** UnionDesk: read + normalize + check, plan against the (empty) roster, write as one undoable batch. */
async function unionDeskImport(bytes: Uint8Array) {
  const db = openDb(`bench-import-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const result = readRoster(bytes, '花名册.xlsx');
  const parseMs = performance.now() - t;
  const plan = planImport(result.rows, []);
  await applyImport(db, result.rows, plan, { fileName: '花名册.xlsx', missing: { action: 'keep' }, today: '2026-11-21', problemRows: 0 });
  return { ms: performance.now() - t, parseMs, db };
}

/** Every keystroke of typing `word`: 'zs' → ['z', 'zs']. */
const keystrokes = (word: string) => [...word].map((_, i) => word.slice(0, i + 1));

export async function rosterBench(n: number) {
  const { bytes, names, idTails } = syntheticRosterXlsx(n);

  // Warm both paths once on a small file, so neither pays the JIT alone.
  const warm = syntheticRosterXlsx(1000).bytes;
  await floorImport(warm);
  await unionDeskImport(warm);

  const floorMs = await floorImport(bytes);
  const { ms: importMs, parseMs, db } = await unionDeskImport(bytes);
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
  const search = Object.fromEntries(Object.entries(timings).map(([k, xs]) => [k, { p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), keystrokes: xs.length }]));

  t = performance.now();
  const out = exportRosterXlsx(members, ROSTER_COLUMNS.map((c) => c.key));
  const exportMs = performance.now() - t;
  db.close();

  return {
    rows: n,
    import: { floorMs: round(floorMs), parseMs: round(parseMs), totalMs: round(importMs), ratioToFloor: round(importMs / floorMs), target: '≤ 1.5×' },
    search: { indexMs: round(indexMs), ...search, target: 'p95 ≤ 16 ms' },
    export: { ms: round(exportMs), bytes: out.byteLength, target: '≤ 3000 ms' },
  };
}
