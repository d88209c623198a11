import type { CSSProperties } from 'react';
import type {
  YearReportColumn,
  YearReportPrint,
  YearReportRow,
} from '../../shared/ledgers/yearEnd';
import type { BlockEntry } from '../../shared/core/print';
import { pageOfText } from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import { columnRules } from './columnRules';
import { sheetRowStyle as rowStyle, mm, SHEET_CELL_PAD_MM as CELL_PADDING_MM } from './sheetStyles';

export interface YearReportViewProps {
  /** Built by buildYearReportPrint (shared/ledgers/yearEnd/print/yearReportPrint). */
  report: YearReportPrint;
}

const CELL_PT = 10.5;
const WRAP_PT = 9;
const HEADER_PT = 11;

/** A wrapping cell (口径说明): two lines, vertically centred. */
const WRAP_STYLE: CSSProperties = {
  whiteSpace: 'normal',
  lineHeight: 1.3,
  display: 'flex',
  alignItems: 'center',
  fontSize: `${WRAP_PT}pt`,
};

/** Column widths minus a hair for the block's left rule, so the last rule is never clipped. */
function fitted(columns: readonly YearReportColumn[]): YearReportColumn[] {
  return columns.map((c) => ({ ...c, widthMm: c.widthMm - 0.5 / columns.length }));
}

function Cells({ cells, columns }: { cells: string[]; columns: YearReportColumn[] }) {
  return columns.map((c, i) => {
    const text = cells[i] ?? '';
    const style: CSSProperties = c.wrap
      ? { ...WRAP_STYLE, width: mm(c.widthMm) }
      : {
          width: mm(c.widthMm),
          fontSize: `${fitFontPt(text, c.widthMm - CELL_PADDING_MM, CELL_PT)}pt`,
        };
    return (
      <div
        key={c.key}
        className={`ud-sheet-cell${c.align === 'left' ? ' ud-sheet-cell--left' : ''}`}
        style={style}
      >
        {text}
      </div>
    );
  });
}

function Entry({
  entry,
  columns,
}: {
  entry: BlockEntry<YearReportRow>;
  columns: YearReportColumn[];
}) {
  if (entry.kind === 'heading')
    return (
      <div className="ud-sheet-group" style={{ height: mm(entry.heightMm) }}>
        {entry.continued ? `${entry.label}（续）` : entry.label}
      </div>
    );
  return (
    <div className="ud-sheet-row" style={rowStyle(entry.heightMm)} data-testid="year-report-row">
      <Cells cells={entry.row.cells} columns={columns} />
    </div>
  );
}

/** 年度统计 as printed pages: header row on every page, 「第 X 页 共 Y 页」 at the foot. */
export function YearReportView({ report }: YearReportViewProps) {
  const g = report.geometry;
  const m = report.metrics;
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      {report.pages.map((page) => {
        const columns = fitted(page.columns);
        return (
          <SheetPage
            key={page.number}
            geometry={g}
            number={page.number}
            title={report.title}
            firstHeadMm={m.firstPageHeadMm}
            laterHeadMm={m.laterPageHeadMm}
            pageFootMm={m.pageFootMm}
            firstHead={
              <>
                <SheetHead title={report.title} testId="year-report-title">
                  <span>统计期：{report.periodText}</span>
                  <span>制表日期：{report.madeOnText}</span>
                </SheetHead>
              </>
            }
            foot={
              <span data-testid="page-of" style={{ margin: '0 auto' }}>
                {pageOfText(page.number, report.pageCount)}
              </span>
            }
          >
            <div
              className="ud-sheet-block"
              style={{ width: mm(innerWidth), ...columnRules(columns.map((c) => c.widthMm)) }}
            >
              <div className="ud-sheet-row ud-sheet-row--header" style={rowStyle(m.tableHeaderMm)}>
                {columns.map((c) => (
                  <div
                    key={c.key}
                    className="ud-sheet-cell"
                    style={{
                      width: mm(c.widthMm),
                      fontSize: `${fitFontPt(c.label, c.widthMm - CELL_PADDING_MM, HEADER_PT)}pt`,
                    }}
                  >
                    {c.label}
                  </div>
                ))}
              </div>
              {page.entries.map((e, i) => (
                <Entry key={i} entry={e} columns={columns} />
              ))}
            </div>
          </SheetPage>
        );
      })}
    </div>
  );
}
