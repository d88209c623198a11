import { findHeaderRow, headerLayout, headerVocabulary } from '../../../core/excel/findHeader';
import { openRosterWorkbook } from '../../../core/excel/openWorkbook';
import { sheetGrid, type GridCell } from '../../../core/excel/sheetGrid';
import { daysInMonth, toIsoDate, type IsoDate } from '../../../core/text/dates';
import { excelSerialToIsoDate, parseDateText } from '../../../core/text/normalizeDate';
import {
  parseAffiliatedKind,
  parseFlagText,
  validateAffiliated,
  type AffiliatedUnionDraft,
} from '../rules/affiliated';
import { AFFILIATED_KINDS, STANDARD_GRADES, type AffiliatedUnion } from '../rules/rows';
import type { TownshipSettings } from '../rules/settings';

/*
 * 导入下属工会名单: the federation's own Excel list of its affiliated unions (any sheet with
 * 工会名称 or 单位名称 and one more known header; title rows above are fine). Pure: bytes and
 * the registry in, a preview out — each row's union (new or updating the one of that name)
 * and every issue with its row, column and reason. store/registry.applyRegistryImport writes
 * the preview's rows as one undoable batch; rows with an error are left out.
 */

type Field =
  | 'name'
  | 'code'
  | 'kind'
  | 'coveredUnits'
  | 'staff'
  | 'members'
  | 'women'
  | 'chairName'
  | 'chairPhone'
  | 'termStart'
  | 'termEnd'
  | 'hasCongress'
  | 'hasCollectiveContract'
  | 'hasOpenAffairs'
  | 'hasOwnAccount'
  | 'grade'
  | 'founded'
  | 'note';

export const LIST_SYNONYMS: Record<Field, readonly string[]> = {
  name: ['工会名称', '单位名称', '基层工会名称', '工会组织名称', '单位（工会）名称'],
  code: ['统计编码', '编码', '工会编码', '组织代码'],
  kind: ['组建形式', '类型', '建会形式', '工会类型'],
  coveredUnits: ['覆盖单位数', '覆盖单位', '涵盖单位数', '单位数', '联建单位数'],
  staff: ['职工人数', '职工数', '职工总数'],
  members: ['会员人数', '会员数', '会员总数'],
  women: ['女会员', '女会员数', '女职工', '女职工数', '其中女'],
  chairName: ['工会主席', '主席', '主席姓名'],
  chairPhone: ['联系电话', '电话', '手机', '主席电话', '联系方式'],
  termStart: ['任期开始', '换届时间', '选举日期', '本届选举时间'],
  termEnd: ['任期届满', '届满时间', '任期', '任期届满时间', '届满日期'],
  hasCongress: ['职代会', '职代会制度', '教代会', '职代会制度建立'],
  hasCollectiveContract: ['集体合同', '集体协商', '签订集体合同'],
  hasOpenAffairs: ['厂务公开', '校务公开', '厂务（校务）公开', '政务公开'],
  hasOwnAccount: ['专用账户', '经费专用账户', '工会经费专用账户', '独立账户'],
  grade: ['规范化等级', '等级', '规范化建设等级'],
  founded: ['成立日期', '成立时间', '建会时间'],
  note: ['备注', '说明'],
};

const LABEL: Record<Field, string> = {
  name: '工会名称',
  code: '统计编码',
  kind: '组建形式',
  coveredUnits: '覆盖单位数',
  staff: '职工人数',
  members: '会员人数',
  women: '女会员',
  chairName: '工会主席',
  chairPhone: '联系电话',
  termStart: '任期开始',
  termEnd: '任期届满',
  hasCongress: '职代会',
  hasCollectiveContract: '集体合同',
  hasOpenAffairs: '厂务公开',
  hasOwnAccount: '专用账户',
  grade: '规范化等级',
  founded: '成立日期',
  note: '备注',
};

export interface ListIssue {
  /** Excel row (1-based), or null for the whole file. */
  row: number | null;
  /** Column letter and its header as the file has it. */
  column: string | null;
  header: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface ListRow {
  row: number;
  union: AffiliatedUnion;
  /** The kept union it updates, or null for a new one. */
  updates: AffiliatedUnion | null;
  /** Same as the kept one: nothing to write. */
  unchanged: boolean;
}

export interface ListPreview {
  file: string;
  sheet: string | null;
  columns: { field: string; header: string; letter: string }[];
  rows: ListRow[];
  issues: ListIssue[];
  /** Rows left out (an error). */
  skipped: number;
}

function dateOf(cell: GridCell | null, end: boolean, today: IsoDate): IsoDate | 'bad' | null {
  if (!cell || cell.text.trim() === '') return null;
  if (typeof cell.value === 'number') {
    if (cell.isDate || cell.value > 20000) return excelSerialToIsoDate(cell.value) ?? 'bad';
    // 「2029」 alone: a year.
    if (Number.isInteger(cell.value) && cell.value >= 1950 && cell.value <= 2100)
      return end ? `${cell.value}-12-31` : `${cell.value}-01-01`;
    return 'bad';
  }
  const d = parseDateText(cell.text, { today });
  if (!d) return 'bad';
  if (d.precision === 'day' || !end) return d.date;
  const y = Number(d.date.slice(0, 4));
  const m = d.precision === 'year' ? 12 : Number(d.date.slice(5, 7));
  return toIsoDate(y, m, daysInMonth(y, m));
}

/** 「2024.09—2029.08」「2024年9月至2029年8月」: a term written as a range, both ends. */
function splitRange(text: string): [string, string] | null {
  const parts = text.split(/\s*(?:至|到|~|～|—|–|－|--|(?<=\d)-(?=\d{4}))\s*/);
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** Reads the list and matches each row to the registry by 工会名称. */
export function readAffiliatedList(
  bytes: Uint8Array,
  fileName: string,
  kept: readonly AffiliatedUnion[],
  settings: TownshipSettings,
  opts: { today: IsoDate; newId: () => string },
): ListPreview {
  const out: ListPreview = {
    file: fileName,
    sheet: null,
    columns: [],
    rows: [],
    issues: [],
    skipped: 0,
  };
  const book = openRosterWorkbook(bytes, fileName);
  const vocab = headerVocabulary(LIST_SYNONYMS, 'name', 1);
  const byName = new Map(kept.map((u) => [u.name, u]));
  for (const sheetName of book.workbook.SheetNames) {
    const grid = sheetGrid(book.workbook.Sheets[sheetName]!, sheetName, book.date1904);
    const keyRow = findHeaderRow(grid, vocab);
    if (keyRow === null) continue;
    const layout = headerLayout(grid, keyRow, vocab);
    const cols = new Map<Field, { index: number; letter: string; header: string }>();
    for (const c of layout.columns)
      if (c.detected && !cols.has(c.detected)) cols.set(c.detected, c);
    out.sheet = sheetName;
    out.columns = [...cols].map(([f, c]) => ({
      field: LABEL[f],
      header: c.header,
      letter: c.letter,
    }));
    const seen = new Set<string>();
    for (let r = layout.lastRow + 1; r < grid.endRow; r++) {
      const cell = (f: Field) => {
        const c = cols.get(f);
        return c ? grid.cell(r, c.index) : null;
      };
      const txt = (f: Field) => (cell(f)?.text ?? '').trim();
      let bad = false;
      const issue = (f: Field | null, message: string, severity: 'error' | 'warning' = 'error') => {
        // A 联合工会's missing 覆盖单位数 is reported at its 组建形式 when the list has no such column.
        const c = f
          ? (cols.get(f) ?? (f === 'coveredUnits' ? cols.get('kind') : undefined))
          : undefined;
        out.issues.push({
          row: r + 1,
          column: c?.letter ?? null,
          header: c?.header ?? null,
          message,
          severity,
        });
        if (severity === 'error') bad = true;
      };
      const name = txt('name').replace(/\s+/g, '');
      const rowTexts = layout.columns.map((c) => (grid.cell(r, c.index)?.text ?? '').trim());
      if (rowTexts.some((t) => /^(合计|总计|小计)/.test(t))) continue;
      if (!name) {
        const rest = [...cols.keys()].some((f) => f !== 'name' && txt(f) !== '');
        if (rest) issue('name', '缺少工会名称，此行未导入');
        if (rest) out.skipped++;
        continue;
      }
      if (seen.has(name)) {
        issue('name', `“${name}”在本表中出现了两次，后一行未导入`);
        out.skipped++;
        continue;
      }
      seen.add(name);
      const old = byName.get(name) ?? null;
      const kindText = txt('kind');
      const kind = kindText ? parseAffiliatedKind(kindText) : (old?.kind ?? '单独建会（企业）');
      if (!kind)
        issue(
          'kind',
          `无法识别组建形式“${kindText}”，可填写${AFFILIATED_KINDS.join('、')}或简称（学校、联合、社区）`,
        );
      const n = (f: 'coveredUnits' | 'staff' | 'members' | 'women', fallback: number) => {
        const c = cell(f);
        if (!c || c.text.trim() === '') return fallback;
        const v =
          typeof c.value === 'number' ? c.value : Number(c.text.replace(/[人个家,\s]/g, ''));
        if (!Number.isInteger(v) || v < 0) {
          issue(f, `${LABEL[f]}“${c.text}”应为不小于 0 的整数`);
          return fallback;
        }
        return v;
      };
      const flag = (f: Field, fallback: boolean) => {
        const v = parseFlagText(txt(f));
        if (v === 'bad') {
          issue(f, `${LABEL[f]}“${txt(f)}”应为是或否（也可写 √、有、无）`);
          return fallback;
        }
        return v ?? fallback;
      };
      let termStart: IsoDate | '' = old?.termStart ?? '';
      let termEnd: IsoDate | '' = old?.termEnd ?? '';
      const range = splitRange(txt('termEnd'));
      if (range && !cols.has('termStart')) {
        const s = dateOf(
          { value: range[0], text: range[0], isDate: false, merged: false },
          false,
          opts.today,
        );
        const e = dateOf(
          { value: range[1], text: range[1], isDate: false, merged: false },
          true,
          opts.today,
        );
        if (s === 'bad' || e === 'bad' || !s || !e)
          issue('termEnd', `无法识别任期“${txt('termEnd')}”，可写成 2024-09-01 至 2029-08-31`);
        else [termStart, termEnd] = [s, e];
      } else {
        for (const [f, end] of [
          ['termStart', false],
          ['termEnd', true],
        ] as const) {
          const d = dateOf(cell(f), end, opts.today);
          if (d === 'bad') issue(f, `无法识别${LABEL[f]}“${txt(f)}”，可写成 2029-08-31`);
          else if (d) {
            if (f === 'termStart') termStart = d;
            else termEnd = d;
          }
        }
      }
      const founded = dateOf(cell('founded'), false, opts.today);
      if (founded === 'bad') issue('founded', `无法识别成立日期“${txt('founded')}”`);
      const grade = txt('grade') || (old?.grade ?? '');
      if (!(STANDARD_GRADES as readonly string[]).includes(grade))
        issue('grade', `规范化等级“${grade}”应为合格、良好、示范或不填`);
      const draft: AffiliatedUnionDraft = {
        name,
        code: txt('code') || (old?.code ?? ''),
        kind: kind ?? '单独建会（企业）',
        coveredUnits: n('coveredUnits', old?.coveredUnits ?? 1),
        staff: n('staff', old?.staff ?? 0),
        members: n('members', old?.members ?? 0),
        women: n('women', old?.women ?? 0),
        chairName: txt('chairName') || (old?.chairName ?? ''),
        chairPhone: txt('chairPhone').replace(/[\s-]/g, '') || (old?.chairPhone ?? ''),
        termStart,
        termEnd,
        hasCongress: flag('hasCongress', old?.hasCongress ?? false),
        hasCollectiveContract: flag('hasCollectiveContract', old?.hasCollectiveContract ?? false),
        hasOpenAffairs: flag('hasOpenAffairs', old?.hasOpenAffairs ?? false),
        hasOwnAccount: flag('hasOwnAccount', old?.hasOwnAccount ?? false),
        grade: grade as AffiliatedUnionDraft['grade'],
        founded: founded && founded !== 'bad' ? founded : (old?.founded ?? ''),
        note: txt('note') || (old?.note ?? ''),
      };
      const others = kept.filter((k) => k.name !== name);
      const countsBad = out.issues.some(
        (i) =>
          i.row === r + 1 &&
          ['staff', 'members', 'women'].some(
            (f) => i.column !== null && i.column === cols.get(f as Field)?.letter,
          ),
      );
      for (const p of validateAffiliated(draft, settings, others)) {
        if (p.field === 'grade' || (p.field === 'kind' && !kind)) continue;
        if (countsBad && ['staff', 'members', 'women'].includes(p.field)) continue;
        if (p.field in LABEL) issue(p.field as Field, p.message, p.severity);
      }
      if (bad) {
        out.skipped++;
        continue;
      }
      const union: AffiliatedUnion = { ...(old ?? {}), id: old?.id ?? opts.newId(), ...draft };
      const unchanged = old !== null && JSON.stringify(old) === JSON.stringify(union);
      out.rows.push({ row: r + 1, union, updates: old, unchanged });
    }
    const col = (c: string | null) => (c === null ? '~' : c.padStart(3, ' '));
    out.issues.sort(
      (a, b) => (a.row ?? 0) - (b.row ?? 0) || col(a.column).localeCompare(col(b.column)),
    );
    return out;
  }
  out.issues.push({
    row: null,
    column: null,
    header: null,
    message:
      '没有找到下属工会名单的表头：需要有一行包含“工会名称”（或“单位名称”），以及“组建形式”“职工人数”“会员数”等至少一项',
    severity: 'error',
  });
  return out;
}

/** The preview's writes: new unions and changed ones (unchanged rows write nothing). */
export function listWrites(p: ListPreview) {
  return {
    unions: {
      add: p.rows.filter((r) => !r.updates).map((r) => r.union),
      put: p.rows.filter((r) => r.updates && !r.unchanged).map((r) => r.union),
    },
  };
}
