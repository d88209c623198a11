import type { CommitteeRollModel, CommitteeRollRow } from '../../shared/ledgers/union';
import { pageOfText } from '../../shared/ledgers/activities';
import { fitFontPt } from './fitText';
import { PageStyle } from './PageStyle';
import { SheetHead } from './SheetHead';
import { SheetPage } from './SheetPage';
import { columnRules } from './columnRules';
import { sheetRowStyle as rowStyle, mm, SHEET_CELL_PAD_MM as CELL_PADDING_MM } from './sheetStyles';

export interface CommitteeRollViewProps {
  /** Built by buildCommitteeRoll (shared/ledgers/union/print/committeeRoll). */
  roll: CommitteeRollModel;
}

const HEADER_PT = 11;

function Row({
  row,
  roll,
  widths,
}: {
  row: CommitteeRollRow;
  roll: CommitteeRollModel;
  widths: string[];
}) {
  const texts = [String(row.seq), ...row.cells];
  return (
    <div className="ud-sheet-row" style={rowStyle(roll.metrics.rowMm)} data-testid="roll-row">
      {roll.columns.map((col, i) => {
        const text = texts[i] ?? '';
        const pt = fitFontPt(text, col.widthMm - CELL_PADDING_MM, roll.metrics.cellPt);
        return (
          <div
            key={col.key}
            className="ud-sheet-cell"
            style={{ fontSize: `${pt}pt`, width: widths[i] }}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
}

/** 工会委员会名单 as A4 pages: header row on every page, signature line and 「第 X 页 共 Y 页」 at the foot. */
export function CommitteeRollView({ roll }: CommitteeRollViewProps) {
  const g = roll.geometry;
  const m = roll.metrics;
  // Column widths minus a hair for the block's left rule, so the last rule is never clipped.
  const widthsMm = roll.columns.map((c) => c.widthMm - 0.5 / roll.columns.length);
  const widths = widthsMm.map(mm);
  const innerWidth = g.widthMm - g.marginLeftMm - g.marginRightMm;
  return (
    <div className="ud-sheet-doc">
      <PageStyle orientation="portrait" />
      {roll.pages.map((page) => (
        <SheetPage
          key={page.number}
          geometry={g}
          number={page.number}
          title={roll.title}
          firstHeadMm={m.firstPageHeadMm}
          laterHeadMm={m.laterPageHeadMm}
          pageFootMm={m.pageFootMm}
          firstHead={
            <>
              <SheetHead title={roll.title} testId="roll-title">
                <span data-testid="roll-term">{roll.termText}</span>
                <span>制表日期：{roll.madeOnText}</span>
              </SheetHead>
            </>
          }
          foot={
            <div style={{ width: '100%' }}>
              <div
                style={{ display: 'flex', marginBottom: '3mm' }}
                data-testid="roll-signature"
                aria-label={roll.signatureText}
              >
                {roll.signatureParts.map((part, i) => (
                  // Room to sign after 制表人 and 审核人; the seal note ends the line.
                  <span
                    key={i}
                    style={{ width: i < roll.signatureParts.length - 1 ? '60mm' : undefined }}
                  >
                    {part}
                  </span>
                ))}
              </div>
              <div style={{ textAlign: 'center' }} data-testid="page-of">
                {pageOfText(page.number, roll.pageCount)}
              </div>
            </div>
          }
        >
          <div
            className="ud-sheet-block"
            style={{ width: mm(innerWidth), ...columnRules(widthsMm) }}
          >
            <div className="ud-sheet-row ud-sheet-row--header" style={rowStyle(m.tableHeaderMm)}>
              {roll.columns.map((c, i) => (
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
            {page.blocks[0]?.entries.map((e, i) =>
              e.kind === 'row' ? <Row key={i} row={e.row} roll={roll} widths={widths} /> : null,
            )}
          </div>
        </SheetPage>
      ))}
    </div>
  );
}
