import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getSetting, setSetting } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import { emptyLedgerData } from '../../store/ledgerData';
import { computeFigures, statisticsYear } from '../../yearEnd';
import type { AffiliatedUnion, UnionPackage } from '../rules/rows';
import { emptyAffiliatedDraft, kindOfSender } from '../rules/affiliated';
import type { FigureInfo } from '../rollup/rollup';
import {
  planPackageImport,
  reportedCounts,
  type PackageFileRead,
  type PackagePlan,
} from './planImport';
import { readPackage } from './readPackage';

/*
 * 收取台账包 against the database: the files are read one at a time, yielding to the window
 * between them (400 files never freeze it), then every good package is written in ONE batch —
 * undoable as a whole — replacing the older packages of the same unions.
 */

/** The federation's salt for the hashed ID numbers (created once; never leaves this PC). */
export const PERSON_SALT_KEY = 'townshipPersonSalt';

export async function personSalt(db: UnionDeskDb): Promise<string> {
  const kept = await getSetting<string>(db, PERSON_SALT_KEY);
  if (kept) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const salt = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  await setSetting(db, PERSON_SALT_KEY, salt);
  return salt;
}

/** A file chosen for import: its name and a way to get its bytes (read only when its turn comes). */
export interface PackageFile {
  name: string;
  read: () => Promise<Uint8Array> | Uint8Array;
}

export interface PackageImportResult extends PackagePlan {
  batch: Batch | null;
}

/** How far the import is: files done of total, and the file now being read. */
export type PackageProgress = (done: number, total: number, fileName: string) => void;

const yieldToWindow = () => new Promise<void>((r) => setTimeout(r, 0));

export async function importPackages(
  db: UnionDeskDb,
  files: readonly PackageFile[],
  opts: { year: number; today?: string; now?: Date; onProgress?: PackageProgress },
): Promise<PackageImportResult> {
  const salt = await personSalt(db);
  const reads: PackageFileRead[] = [];
  for (const [i, f] of files.entries()) {
    opts.onProgress?.(i, files.length, f.name);
    await yieldToWindow();
    let bytes: Uint8Array;
    try {
      bytes = await f.read();
    } catch {
      reads.push({ fileName: f.name, result: { ok: false, reason: '无法读取该文件' } });
      continue;
    }
    reads.push({
      fileName: f.name,
      result: await readPackage(bytes, f.name, { year: opts.year, salt, today: opts.today }),
    });
  }
  opts.onProgress?.(files.length, files.length, '');
  const [existing, unions] = await Promise.all([
    db.unionPackages.where('year').equals(opts.year).toArray(),
    db.affiliatedUnions.toArray(),
  ]);
  const plan = planPackageImport(reads, opts.year, existing, unions, {
    now: (opts.now ?? new Date()).toISOString(),
    newId: () => newId('pkg'),
  });
  if (plan.add.length === 0) return { ...plan, batch: null };
  const counted = await unionsWithReportedCounts(db, plan.add, unions, opts.year);
  const { batch } = await writeBatch(
    db,
    { kind: 'import', label: `收取${opts.year}年度台账包（${plan.add.length}个）` },
    ['unionPackages', 'affiliatedUnions'],
    async (w) => {
      await w.bulkDelete('unionPackages', plan.replace);
      await w.bulkAdd('unionPackages', plan.add);
      for (const u of counted) await w.put('affiliatedUnions', u);
      w.count('新增', plan.add.length - plan.replace.length);
      w.count('替换', plan.replace.length);
    },
  );
  return { ...plan, batch };
}

/**
 * The registered unions whose 职工/会员/女会员 become the new packages' 上报数 (the 下属工会 form
 * says so). A package of an earlier year than one already received from that union leaves the
 * counts alone, so collecting last year's packages late never turns the numbers back.
 */
async function unionsWithReportedCounts(
  db: UnionDeskDb,
  added: readonly UnionPackage[],
  unions: readonly AffiliatedUnion[],
  year: number,
): Promise<AffiliatedUnion[]> {
  const byId = new Map(unions.map((u) => [u.id, u]));
  const out: AffiliatedUnion[] = [];
  for (const p of added) {
    const u = byId.get(p.affiliatedUnionId);
    if (!u) continue;
    const later = await db.unionPackages
      .where('affiliatedUnionId')
      .equals(u.id)
      .filter((q) => q.year > year)
      .count();
    if (later === 0) out.push({ ...u, ...reportedCounts(p.figures) });
  }
  return out;
}

/** The packages received for `year`. */
export function packagesOfYear(db: UnionDeskDb, year: number): Promise<UnionPackage[]> {
  return db.unionPackages.where('year').equals(year).toArray();
}

export function affiliatedUnionList(db: UnionDeskDb): Promise<AffiliatedUnion[]> {
  return db.affiliatedUnions.toArray();
}

/** 登记为下属工会: adds an unregistered sender to affiliatedUnions and links its packages. */
export async function registerSender(db: UnionDeskDb, pkg: UnionPackage): Promise<void> {
  const kind = kindOfSender(pkg.unitKind);
  const draft = emptyAffiliatedDraft();
  const union: AffiliatedUnion = {
    ...draft,
    id: newId('aff'),
    name: pkg.unionName,
    code: pkg.statsCode ?? '',
    kind: kind ?? draft.kind,
    ...reportedCounts(pkg.figures),
    note: kind
      ? `由收取的台账包“${pkg.fileName}”登记，组建形式按对方工会信息的所属类型（${pkg.unitKind}）`
      : `由收取的台账包“${pkg.fileName}”登记，组建形式请核实`,
  };
  const linked = (await db.unionPackages.where('unionKey').equals(pkg.unionKey).toArray()).map(
    (p) => ({ ...p, affiliatedUnionId: union.id, unionName: union.name }),
  );
  await writeBatch(
    db,
    { kind: 'edit', label: `登记下属工会“${union.name}”` },
    ['affiliatedUnions', 'unionPackages'],
    async (w) => {
      await w.put('affiliatedUnions', union);
      await w.bulkPut('unionPackages', linked);
    },
  );
}

/** The 年度统计 figures' labels, units and definitions, in the page's order. */
export function figureCatalog(year = 2026): FigureInfo[] {
  return computeFigures(statisticsYear(year, 1), emptyLedgerData()).flatMap((g) =>
    g.figures.map((f) => ({
      key: f.key,
      group: g.label,
      label: f.label,
      unit: f.unit,
      // The empty data's own counts (「（0次）」, 「（0 ÷ 0）」) are no part of the definition.
      definition: f.definition.replace(/（[\d\s.,÷]+[次人个元项户件条笔]?）/g, ''),
    })),
  );
}
