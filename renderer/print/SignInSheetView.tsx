import type { CSSProperties, ReactNode } from 'react';
import type { BlockEntry, ListBlock } from '../../shared/core/print';
import {
  pageOfText,
  type SignInColumnSpec,
  type SignInRow,
  type SignInSheetModel,
} from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import { columnRules, RULE_MM } from './columnRules';

export interface SignInSheetViewProps {
  /** Built by buildSignInSheet (shared/ledgers/activities/print/signInSheet). */
  sheet: SignInSheetModel;
}

const mm = (v: number) => `${v}mm`;

/** A column's cell width: the block's left rule takes its share off every column. */
const cellWidthMm = (sheet: SignInSheetModel, col: SignInColumnSpec) =>
  col.widthMm - RULE_MM / sheet.columns.length;
const CELL_PT = 12;
const CELL_PADDING_MM = 2;

function cellText(row: SignInRow, col: SignInColumnSpec): string {
  if (row.kind === 'blank') return col.key === 'seq' ? String(row.seq) : '';
  if (row.kind === 'leave') {
    if (col.key === 'seq') return String(row.seq);
    if (col.key === 'name') return row.name;
    if (col.key === 'department') return row.department;
    if (col.key === 'signature') return `请假：${row.reason}`;
    return '';
  }
  switch (col.key) {
    case 'seq':
      return String(row.seq);
    case 'name':
      return row.name;
    case 'gender':
      return row.gender;
    case 'department':
      return row.department;
    case 'unionGroup':
      return row.unionGroup;
    case 'remark':
      return row.remark;
    case 'signature':
      return '';
  }
}

/** The most frequent non-null value (on a tie, the one that got there first); null if none. */
function mostCommon(values: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (v === null) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

type Run =
  | { kind: 'heading'; entry: Extract<BlockEntry<SignInRow>, { kind: 'heading' }> }
  | { kind: 'rows'; leave: boolean; rows: SignInRow[] };

/** A block's entries as headings and runs of rows of one height (member and blank rows, or leave rows). */
function runsOf(entries: readonly BlockEntry<SignInRow>[]): Run[] {
  const runs: Run[] = [];
  for (const e of entries) {
    if (e.kind === 'heading') {
      runs.push({ kind: 'heading', entry: e });
      continue;
    }
    const leave = e.row.kind === 'leave';
    const last = runs[runs.length - 1];
    if (last?.kind === 'rows' && last.leave === leave) last.rows.push(e.row);
    else runs.push({ kind: 'rows', leave, rows: [e.row] });
  }
  return runs;
}

/**
 * A run of rows drawn as one ruled strip and one text column per table column: the rules are
 * empty boxes, each column's cells are the lines of one pre-formatted text (a line is a row,
 * as high as the row, centred). A 20,000-name sheet lays out a few boxes per page instead of
 * five per row, which is what makes Chromium's print time grow with the number of names only.
 */
function RowRun({
  rows,
  leave,
  sheet,
}: {
  rows: SignInRow[];
  leave: boolean;
  sheet: SignInSheetModel;
}) {
  const heightMm = leave ? sheet.metrics.leaveRowMm : sheet.metrics.rowMm;
  const basePt = leave ? 10.5 : CELL_PT;
  const columns: ReactNode[] = [];
  let skippedMm = 0;
  for (const col of sheet.columns) {
    const widthMm = cellWidthMm(sheet, col);
    const texts = rows.map((r) => cellText(r, col));
    // A column empty in every row (the signature, an empty remark) is no element at all: the
    // column rules come from the block's background, and the next column is pushed over.
    if (texts.every((t) => t === '')) {
      skippedMm += widthMm;
      continue;
    }
    const pts = texts.map((text) =>
      text === '' ? null : fitFontPt(text, col.widthMm - CELL_PADDING_MM, basePt),
    );
    // The column's size is the size most of its cells need (the usual one, or for 序号 past
    // 9999 the smaller one all five-digit numbers share); only a cell needing another size —
    // a long name that must shrink — is an element of its own.
    const columnPt = mostCommon(pts) ?? basePt;
    const lines: ReactNode[] = [];
    let plain = '';
    texts.forEach((text, i) => {
      const pt = pts[i];
      if (pt === null || pt === columnPt) plain += text;
      else {
        if (plain) lines.push(plain);
        plain = '';
        lines.push(
          <span key={i} style={{ fontSize: `${pt}pt` }}>
            {text}
          </span>,
        );
      }
      if (i < texts.length - 1) plain += '\n';
    });
    if (plain) lines.push(plain);
    const style: CSSProperties = { width: mm(widthMm) };
    if (skippedMm) style.marginLeft = mm(skippedMm);
    // The CSS sets the usual size.
    if (columnPt !== basePt) style.fontSize = `${columnPt}pt`;
    skippedMm = 0;
    const left = col.key === 'signature' && leave;
    columns.push(
      <div
        key={col.key}
        className={`ud-sheet-col${left ? ' ud-sheet-col--left' : ''}`}
        style={style}
      >
        {lines}
      </div>,
    );
  }
  const runMm = heightMm * rows.length;
  return (
    <div
      className={`ud-sheet-run${leave ? ' ud-sheet-run--leave' : ''}`}
      style={{ height: mm(runMm), '--ud-row-h': mm(heightMm) } as CSSProperties}
      data-testid="sign-in-run"
      data-rows={rows.length}
    >
      {rows.map((_, i) => (
        <div key={i} className="ud-sheet-line" />
      ))}
      <div className="ud-sheet-run-cols" style={{ height: mm(runMm), marginTop: mm(-runMm) }}>
        {columns}
      </div>
    </div>
  );
}

function Entries({
  entries,
  sheet,
}: {
  entries: readonly BlockEntry<SignInRow>[];
  sheet: SignInSheetModel;
}) {
  return runsOf(entries).map((run, i) =>
    run.kind === 'heading' ? (
      <div key={i} className="ud-sheet-group" style={{ height: mm(run.entry.heightMm) }}>
        {run.entry.continued ? `${run.entry.label}（续）` : run.entry.label}
      </div>
    ) : (
      <RowRun key={i} rows={run.rows} leave={run.leave} sheet={sheet} />
    ),
  );
}

function Block({ block, sheet }: { block: ListBlock<SignInRow>; sheet: SignInSheetModel }) {
  const width = mm(sheet.metrics.blockWidthMm);
  if (block.entries.length === 0)
    return <div className="ud-sheet-block ud-sheet-block--empty" style={{ width }} />;
  return (
    <div
      className="ud-sheet-block"
      style={{ width, ...columnRules(sheet.columns.map((c) => cellWidthMm(sheet, c))) }}
    >
      <div
        className="ud-sheet-row ud-sheet-row--header"
        style={
          {
            height: mm(sheet.metrics.tableHeaderMm),
            '--ud-row-h': mm(sheet.metrics.tableHeaderMm),
          } as CSSProperties
        }
      >
        {sheet.columns.map((c) => (
          <div key={c.key} className="ud-sheet-cell" style={{ width: mm(cellWidthMm(sheet, c)) }}>
            {c.label}
          </div>
        ))}
      </div>
      <Entries entries={block.entries} sheet={sheet} />
    </div>
  );
}

/** 签到表 as printed pages: fixed A4 boxes, header on every page, 「第 X 页 共 Y 页」 at the foot. */
export function SignInSheetView({ sheet }: SignInSheetViewProps) {
  const m = sheet.metrics;
  const total = sheet.counts.members + sheet.counts.leave;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={sheet.orientation} />
      {sheet.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={sheet.geometry}
          number={page.number}
          title={sheet.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          blockGapMm={m.blockGapMm}
          firstHead={
            <>
              <div className="ud-sheet-union">{sheet.unionName}</div>
              <SheetHead title={sheet.title}>
                <span>时间：{sheet.dateText}</span>
                <span>地点：{sheet.place}</span>
                <span>
                  应到 {total} 人{sheet.counts.leave ? `，请假 ${sheet.counts.leave} 人` : ''}
                </span>
              </SheetHead>
            </>
          }
          foot={
            <>
              <span>{sheet.personInCharge ? `${sheet.personInCharge}：＿＿＿＿＿＿＿＿` : ''}</span>
              <span data-testid="page-of">{pageOfText(page.number, sheet.pageCount)}</span>
              <span>{sheet.unionName}</span>
            </>
          }
        >
          {page.blocks.map((block, i) => (
            <Block key={i} block={block} sheet={sheet} />
          ))}
        </SheetPage>
      ))}
    </div>
  );
}
