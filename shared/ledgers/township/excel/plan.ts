import type { LedgerData } from '../../types';
import type { CellValue, SheetRecord } from '../../workbook/sheetTypes';
import { parseAffiliatedKind, validateAffiliated } from '../rules/affiliated';
import {
  AFFILIATED_KINDS,
  STANDARD_GRADES,
  type AffiliatedUnion,
  type StandardGrade,
  type UnitToUnionise,
} from '../rules/rows';
import { DEFAULT_TOWNSHIP_SETTINGS } from '../rules/settings';

/*
 * The planners of 下属工会 and 应建会单位 (called from workbook/planWorkbook.ts). A union is
 * matched by 工会名称 (else kept as new), a unit by 单位名称; an equal record is skipped. A
 * unit's 所属工会 must name a union kept or in the same file. Errors name the row and column;
 * a row with an error is left out, the others still import.
 */

interface PlanRow {
  row: number;
  values: SheetRecord;
  hasError: boolean;
}

export interface TownshipPlanner {
  sheet: { rows: PlanRow[] };
  counts: { add: number; update: number; skip: number };
  issue(row: PlanRow, field: string | null, message: string, severity: 'error' | 'warning'): void;
  required(row: PlanRow, field: string, header: string): string | null;
}

export interface TownshipPlanContext {
  current: LedgerData;
  opts: { newId: () => string };
  writes: {
    affiliatedUnions?: { add: AffiliatedUnion[]; put: AffiliatedUnion[] };
    unitsToUnionise?: { add: UnitToUnionise[]; put: UnitToUnionise[] };
  };
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : String(v).trim();
const int = (v: CellValue | undefined): number | null | 'bad' =>
  v === null || v === undefined || v === ''
    ? null
    : typeof v === 'number' && Number.isInteger(v) && v >= 0
      ? v
      : 'bad';
const same = (a: object, b: object) =>
  JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

function planUnions(p: TownshipPlanner, ctx: TownshipPlanContext): AffiliatedUnion[] {
  const kept = new Map((ctx.current.tables.affiliatedUnions ?? []).map((u) => [u.name, u]));
  const w = { add: [] as AffiliatedUnion[], put: [] as AffiliatedUnion[] };
  const seen = new Set<string>();
  const out: AffiliatedUnion[] = [];
  for (const row of p.sheet.rows) {
    const v = row.values;
    const name = p.required(row, 'name', '工会名称');
    if (name === null) continue;
    if (seen.has(name)) {
      p.issue(row, 'name', `“${name}”在本表中出现了两次，后一行已跳过`, 'warning');
      p.counts.skip++;
      continue;
    }
    seen.add(name);
    const kindText = text(v.kind);
    const kind = kindText ? parseAffiliatedKind(kindText) : '单独建会（企业）';
    if (!kind)
      p.issue(
        row,
        'kind',
        `无法识别组建形式“${kindText}”，可填写${AFFILIATED_KINDS.join('、')}`,
        'error',
      );
    const n: Record<string, number> = {};
    for (const [f, label] of [
      ['coveredUnits', '覆盖单位数'],
      ['staff', '职工人数'],
      ['members', '会员人数'],
      ['women', '女会员'],
    ] as const) {
      const x = int(v[f]);
      if (x === 'bad') p.issue(row, f, `${label}“${text(v[f])}”应为不小于 0 的整数`, 'error');
      n[f] = typeof x === 'number' ? x : f === 'coveredUnits' ? 1 : 0;
    }
    const grade = text(v.grade);
    if (!(STANDARD_GRADES as readonly string[]).includes(grade))
      p.issue(row, 'grade', `规范化等级“${grade}”应为合格、良好、示范或不填`, 'error');
    const old = kept.get(name);
    const next: AffiliatedUnion = {
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      name,
      code: text(v.code),
      kind: kind ?? '单独建会（企业）',
      coveredUnits: n.coveredUnits!,
      staff: n.staff!,
      members: n.members!,
      women: n.women!,
      chairName: text(v.chairName),
      chairPhone: text(v.chairPhone),
      termStart: text(v.termStart),
      termEnd: text(v.termEnd),
      hasCongress: v.hasCongress === true,
      hasCollectiveContract: v.hasCollectiveContract === true,
      hasOpenAffairs: v.hasOpenAffairs === true,
      hasOwnAccount: v.hasOwnAccount === true,
      grade: grade as StandardGrade,
      founded: text(v.founded),
      note: text(v.note),
    };
    for (const problem of validateAffiliated(next, DEFAULT_TOWNSHIP_SETTINGS)) {
      if (problem.field === 'grade' || problem.field === 'kind') continue;
      p.issue(row, problem.field, problem.message, problem.severity);
    }
    if (row.hasError) {
      p.counts.skip++;
      continue;
    }
    out.push(next);
    if (!old) {
      w.add.push(next);
      p.counts.add++;
    } else if (same(old, next)) p.counts.skip++;
    else {
      w.put.push(next);
      p.counts.update++;
    }
  }
  ctx.writes.affiliatedUnions = w;
  return out;
}

function planUnits(p: TownshipPlanner, ctx: TownshipPlanContext, unions: AffiliatedUnion[]) {
  const byName = new Map(
    [...(ctx.current.tables.affiliatedUnions ?? []), ...unions].map((u) => [u.name, u]),
  );
  const kept = new Map((ctx.current.tables.unitsToUnionise ?? []).map((u) => [u.name, u]));
  const w = { add: [] as UnitToUnionise[], put: [] as UnitToUnionise[] };
  const seen = new Set<string>();
  for (const row of p.sheet.rows) {
    const v = row.values;
    const name = p.required(row, 'name', '单位名称');
    if (name === null) continue;
    if (seen.has(name)) {
      p.issue(row, 'name', `“${name}”在本表中出现了两次，后一行已跳过`, 'warning');
      p.counts.skip++;
      continue;
    }
    seen.add(name);
    const staff = int(v.staff);
    if (staff === 'bad')
      p.issue(row, 'staff', `职工人数“${text(v.staff)}”应为不小于 0 的整数`, 'error');
    const unionName = text(v.union);
    const union = unionName && !/^(未建会?|无|否)$/.test(unionName) ? byName.get(unionName) : null;
    if (union === undefined)
      p.issue(row, 'union', `所属工会“${unionName}”不在下属工会名单中`, 'error');
    if (row.hasError) {
      p.counts.skip++;
      continue;
    }
    const old = kept.get(name);
    const next: UnitToUnionise = {
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      name,
      kind: text(v.kind),
      staff: typeof staff === 'number' ? staff : 0,
      unionId: union?.id ?? '',
      note: text(v.note),
    };
    if (!old) {
      w.add.push(next);
      p.counts.add++;
    } else if (same(old, next)) p.counts.skip++;
    else {
      w.put.push(next);
      p.counts.update++;
    }
  }
  ctx.writes.unitsToUnionise = w;
}

/** Plans both sheets: unions first, so a unit may name a union new in the same file. */
export function planTownshipSheets(
  unionsSheet: TownshipPlanner,
  unitsSheet: TownshipPlanner,
  ctx: TownshipPlanContext,
): void {
  const unions = planUnions(unionsSheet, ctx);
  planUnits(unitsSheet, ctx, unions);
}
