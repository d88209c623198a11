import type { BlockEntry } from '../../shared/core/print';
import type { RosterListModel, RosterListRow } from '../../shared/ledgers/roster';
import { pageOfText } from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import { columnRules } from './columnRules';
import { sheetRowStyle as rowStyle, mm, SHEET_CELL_PAD_MM as CELL_PADDING_MM } from './sheetStyles';

export interface RosterListViewProps {
  /** Built by buildRosterList (shared/ledgers/roster/print/rosterList). */
  list: RosterListModel;
}

const HEADER_PT = 11;

interface Widths {
  /** CSS widths of the columns, in the model's order. */
  widths: string[];
  /** Font size (pt) per column: one size down a column reads better than a size per cell. */
  sizes: number[];
}

/** The largest size at which every cell of each column fits on one line. */
function columnSizes(list: RosterListModel): number[] {
  const sizes = list.columns.map(() => list.metrics.cellPt);
  for (const page of list.pages)
    for (const e of page.blocks[0]?.entries ?? []) {
      if (e.kind !== 'row') continue;
      const texts = [String(e.row.seq), ...e.row.cells];
      list.columns.forEach((col, i) => {
        const pt = fitFontPt(texts[i] ?? '', col.widthMm - CELL_PADDING_MM, list.metrics.cellPt);
        if (pt < sizes[i]!) sizes[i] = pt;
      });
    }
  return sizes;
}

function Row({ row, list, widths, sizes }: { row: RosterListRow; list: RosterListModel } & Widths) {
  // columns[0] is 序号; the row's cells follow the other columns.
  const texts = [String(row.seq), ...row.cells];
  return (
    <div className="ud-sheet-row" style={rowStyle(list.metrics.rowMm)} data-testid="list-row">
      {list.columns.map((col, i) => {
        const text = texts[i] ?? '';
        // Free text (备注, 标记) shrinks cell by cell, so one long note does not shrink them all.
        const pt =
          col.align === 'left'
            ? fitFontPt(text, col.widthMm - CELL_PADDING_MM, list.metrics.cellPt)
            : sizes[i];
        return (
          <div
            key={col.key}
            className={`ud-sheet-cell${col.align === 'left' ? ' ud-sheet-cell--left' : ''}`}
            style={{ fontSize: `${pt}pt`, width: widths[i] }}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
}

function Entry({
  entry,
  list,
  widths,
  sizes,
}: { entry: BlockEntry<RosterListRow>; list: RosterListModel } & Widths) {
  if (entry.kind === 'heading') {
    return (
      <div
        className="ud-sheet-group"
        style={{ height: mm(entry.heightMm) }}
        data-testid="list-group"
      >
        {entry.continued ? `${entry.label}（续）` : entry.label}
      </div>
    );
  }
  return <Row row={entry.row} list={list} widths={widths} sizes={sizes} />;
}

/** 花名册 and lists as printed pages: header row on every page, 「第 X 页 共 Y 页」 at the foot. */
export function RosterListView({ list }: RosterListViewProps) {
  const g = list.geometry;
  const m = list.metrics;
  // Column widths minus a hair for the block's left rule, so the last rule is never clipped.
  const widthsMm = list.columns.map((c) => c.widthMm - 0.5 / list.columns.length);
  const widths = widthsMm.map(mm);
  const sizes = columnSizes(list);
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={list.orientation} />
      {list.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={g}
          number={page.number}
          title={list.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <>
              <SheetHead title={list.title} testId="list-title">
                <span>制表单位：{list.unionName}</span>
                {list.note && <span>{list.note}</span>}
                <span>制表日期：{list.madeOnText}</span>
                <span data-testid="list-count">共 {list.count} 人</span>
              </SheetHead>
            </>
          }
          foot={
            <span data-testid="page-of" style={{ margin: '0 auto' }}>
              {pageOfText(page.number, list.pageCount)}
            </span>
          }
        >
          <div
            className="ud-sheet-block"
            style={{ width: mm(innerWidth), ...columnRules(widthsMm) }}
          >
            <div className="ud-sheet-row ud-sheet-row--header" style={rowStyle(m.tableHeaderMm)}>
              {list.columns.map((c, i) => (
                <div
                  key={c.key}
                  className="ud-sheet-cell"
                  style={{
                    fontSize: `${fitFontPt(c.label, c.widthMm - CELL_PADDING_MM, HEADER_PT)}pt`,
                    width: widths[i],
                  }}
                >
                  {c.label}
                </div>
              ))}
            </div>
            {page.blocks[0]?.entries.map((e, i) => (
              <Entry key={i} entry={e} list={list} widths={widths} sizes={sizes} />
            ))}
          </div>
        </SheetPage>
      ))}
    </div>
  );
}
