import * as XLSX from 'xlsx';
import { openDb } from '../../shared/db/db';
import { syntheticRosterXlsx } from './syntheticRoster';

/*
 * Helpers for bench/app/io.bench.mjs, run on the bench page (same origin as the app):
 * the roster file the wizard imports, the import floor, and the export floor.
 */

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** The synthetic township roster (title row, header row, n people) as base64 .xlsx bytes. */
export function ioRosterXlsx(n: number): string {
  return toBase64(syntheticRosterXlsx(n).bytes);
}

/**
 * The import floor: SheetJS read + sheet_to_json + Dexie bulkAdd of the same rows into the
 * same members table (same indexes, same default durability), in one transaction, no checks.
 */
export async function ioImportFloor(n: number): Promise<number> {
  const { bytes } = syntheticRosterXlsx(n);
  const db = openDb(`bench-floor-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const wb = XLSX.read(bytes, { type: 'array' });
  const json = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0]!]!, {
    range: 1,
  });
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
  await db.delete();
  return ms;
}

/**
 * The export floor: SheetJS's own compressed write of the very sheet the app exported
 * (read back dense from the app's file, so the cells are the same). Also checks that the
 * app's file opens in SheetJS: returns its row count and first data row.
 */
export function ioExportFloor(b64: string): { ms: number; rows: number; first: unknown[] } {
  const wb = XLSX.read(fromBase64(b64), { type: 'array', dense: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const aoa = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
  const t = performance.now();
  XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true });
  return { ms: performance.now() - t, rows: aoa.length, first: aoa[1] ?? [] };
}
