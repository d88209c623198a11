import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../shared/print/fonts';
import type { BlockEntry } from '../../shared/print/paginate';
import type { RosterListModel, RosterListRow } from '../../shared/print/rosterList';
import { pageOfText } from '../../shared/print/signInSheet';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';

export interface RosterListViewProps {
  /** Built by buildRosterList (shared/print/rosterList). */
  list: RosterListModel;
}

const mm = (v: number) => `${v}mm`;
const CELL_PADDING_MM = 2;

function Row({
  row,
  list,
  template,
}: {
  row: RosterListRow;
  list: RosterListModel;
  template: string;
}) {
  // columns[0] is 序号; the row's cells follow the other columns.
  const texts = [String(row.seq), ...row.cells];
  return (
    <div
      className="ud-sheet-row"
      style={{ height: mm(list.metrics.rowMm), gridTemplateColumns: template }}
      data-testid="list-row"
    >
      {list.columns.map((col, i) => {
        const text = texts[i] ?? '';
        const pt = fitFontPt(text, col.widthMm - CELL_PADDING_MM, list.metrics.cellPt);
        return (
          <div
            key={col.key}
            className={`ud-sheet-cell${col.align === 'left' ? ' ud-sheet-cell--left' : ''}`}
            style={{ fontSize: `${pt}pt` }}
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
  template,
}: {
  entry: BlockEntry<RosterListRow>;
  list: RosterListModel;
  template: string;
}) {
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
  return <Row row={entry.row} list={list} template={template} />;
}

/** 花名册 and lists as printed pages: header row on every page, 「第 X 页 共 Y 页」 at the foot. */
export function RosterListView({ list }: RosterListViewProps) {
  const g = list.geometry;
  const m = list.metrics;
  // Column widths in mm minus a hair, so sub-pixel rounding never wraps the grid.
  const template = list.columns.map((c) => mm(c.widthMm - 0.3 / list.columns.length)).join(' ');
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  const pageStyle: CSSProperties = {
    width: mm(g.widthMm),
    height: mm(g.heightMm),
    padding: `${mm(g.marginTopMm)} ${mm(g.marginRightMm)} ${mm(g.marginBottomMm)} ${mm(g.marginLeftMm)}`,
    fontFamily: CSS_FONTS.song,
  };
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation={list.orientation} />
      {list.pages.map((page) => (
        <section
          key={page.number}
          className="ud-page ud-sheet"
          style={pageStyle}
          data-testid="print-page"
        >
          {page.number === 1 ? (
            <header className="ud-sheet-head" style={{ height: mm(m.firstPageHeadMm) }}>
              <div
                className="ud-sheet-title"
                style={{ fontFamily: CSS_FONTS.hei }}
                data-testid="list-title"
              >
                {list.title}
              </div>
              <div className="ud-sheet-info">
                <span>制表单位：{list.unionName}</span>
                {list.note && <span>{list.note}</span>}
                <span>制表日期：{list.madeOnText}</span>
                <span data-testid="list-count">共 {list.count} 人</span>
              </div>
            </header>
          ) : (
            <header className="ud-sheet-head" style={{ height: mm(m.laterPageHeadMm) }}>
              <div className="ud-sheet-running">{list.title}（续）</div>
            </header>
          )}
          <div className="ud-sheet-blocks" style={{ width: mm(innerWidth) }}>
            <div className="ud-sheet-block" style={{ width: mm(innerWidth) }}>
              <div
                className="ud-sheet-row ud-sheet-row--header"
                style={{ height: mm(m.tableHeaderMm), gridTemplateColumns: template }}
              >
                {list.columns.map((c) => (
                  <div
                    key={c.key}
                    className="ud-sheet-cell"
                    style={{ fontSize: `${fitFontPt(c.label, c.widthMm - CELL_PADDING_MM, 11)}pt` }}
                  >
                    {c.label}
                  </div>
                ))}
              </div>
              {page.blocks[0]?.entries.map((e, i) => (
                <Entry key={i} entry={e} list={list} template={template} />
              ))}
            </div>
          </div>
          <footer
            className="ud-sheet-foot"
            style={{
              left: mm(g.marginLeftMm),
              right: mm(g.marginRightMm),
              bottom: mm(g.marginBottomMm),
              height: mm(m.pageFootMm),
              justifyContent: 'center',
            }}
          >
            <span data-testid="page-of">{pageOfText(page.number, list.pageCount)}</span>
          </footer>
        </section>
      ))}
    </div>
  );
}
