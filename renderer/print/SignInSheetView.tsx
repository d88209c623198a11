import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../shared/core/print';
import type { BlockEntry, ListBlock } from '../../shared/core/print';
import {
  pageOfText,
  type SignInColumnSpec,
  type SignInRow,
  type SignInSheetModel,
} from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
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

function Row({ row, sheet }: { row: SignInRow; sheet: SignInSheetModel }) {
  const heightMm = row.kind === 'leave' ? sheet.metrics.leaveRowMm : sheet.metrics.rowMm;
  let skippedMm = 0;
  return (
    <div
      className={`ud-sheet-row ud-sheet-row--${row.kind}`}
      style={{ height: mm(heightMm), '--ud-row-h': mm(heightMm) } as CSSProperties}
      data-testid={row.kind === 'member' ? 'sign-in-row' : undefined}
    >
      {sheet.columns.map((col) => {
        const text = cellText(row, col);
        // An empty cell (the signature, an empty remark) is no element at all: the column
        // rules come from the block's background, and the next cell is pushed over by the
        // skipped width. A 5,000-row sheet has a quarter fewer boxes to lay out and print.
        if (text === '') {
          skippedMm += cellWidthMm(sheet, col);
          return null;
        }
        const left = col.key === 'signature' && row.kind === 'leave';
        const basePt = row.kind === 'leave' ? 10.5 : CELL_PT;
        const pt = fitFontPt(text, col.widthMm - CELL_PADDING_MM, basePt);
        const style: CSSProperties = { width: mm(cellWidthMm(sheet, col)) };
        // The CSS sets the usual size; only a long name that must shrink carries its own.
        if (pt !== basePt) style.fontSize = `${pt}pt`;
        if (skippedMm) style.marginLeft = mm(skippedMm);
        skippedMm = 0;
        return (
          <div
            key={col.key}
            className={`ud-sheet-cell${left ? ' ud-sheet-cell--left' : ''}`}
            style={style}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
}

function Entry({ entry, sheet }: { entry: BlockEntry<SignInRow>; sheet: SignInSheetModel }) {
  if (entry.kind === 'heading') {
    return (
      <div className="ud-sheet-group" style={{ height: mm(entry.heightMm) }}>
        {entry.continued ? `${entry.label}（续）` : entry.label}
      </div>
    );
  }
  return <Row row={entry.row} sheet={sheet} />;
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
      {block.entries.map((e, i) => (
        <Entry key={i} entry={e} sheet={sheet} />
      ))}
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
              <div className="ud-sheet-title" style={{ fontFamily: CSS_FONTS.hei }}>
                {sheet.title}
              </div>
              <div className="ud-sheet-info">
                <span>时间：{sheet.dateText}</span>
                <span>地点：{sheet.place}</span>
                <span>
                  应到 {total} 人{sheet.counts.leave ? `，请假 ${sheet.counts.leave} 人` : ''}
                </span>
              </div>
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
