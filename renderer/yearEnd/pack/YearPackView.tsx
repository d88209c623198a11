import type { CSSProperties } from 'react';
import { CSS_FONTS } from '../../../shared/core/print';
import { chineseOrdinal, type PackDocument, type YearPack } from '../../../shared/ledgers/yearEnd';
import {
  CareSheetView,
  CommitteeRollView,
  CongressTableView,
  RosterListView,
  YearReportView,
} from '../../print';
import { FundsTableView } from '../../funds';
import { AssistanceLedgerView } from '../../hardship';

/*
 * Each register keeps its own view (and its own 「第 X 页 共 Y 页」); the pack adds its page
 * number in the top margin through a CSS counter, gives landscape registers a named landscape
 * page (so one PDF mixes orientations; the views' own unnamed @page rules lose to it) and
 * starts every register on a new page.
 */
const PACK_CSS = `
@page ud-pack-portrait { size: A4 portrait; margin: 0; }
@page ud-pack-landscape { size: A4 landscape; margin: 0; }
.ud-pack { counter-reset: ud-pack; }
.ud-pack .ud-page { counter-increment: ud-pack; page: ud-pack-portrait; break-after: page; page-break-after: always; }
.ud-pack .ud-pack-landscape .ud-page { page: ud-pack-landscape; }
.ud-pack .ud-page::after {
  content: '年度台账 第 ' counter(ud-pack) ' 页';
  position: absolute; top: 9mm; right: 15mm;
  font-size: 9pt; color: #444;
}
.ud-pack .ud-page.ud-pack-cover::after { content: none; }
.ud-pack > .ud-pack-part:last-of-type .ud-page:last-child { break-after: auto; page-break-after: auto; }
/* On screen the preview fits a portrait width: landscape sheets are shown at that width too. */
@media screen {
  .ud-pack .ud-pack-landscape .ud-page { zoom: ${(210 / 297).toFixed(4)}; }
}
`;

const mm = (v: number) => `${v}mm`;
const PAGE: CSSProperties = {
  width: mm(210),
  height: mm(297),
  padding: `${mm(37)} ${mm(26)} ${mm(35)} ${mm(28)}`,
};

function orientationOf(d: PackDocument): 'portrait' | 'landscape' {
  if (d.kind === 'assistance') return 'landscape';
  if (d.kind === 'committee' || d.kind === 'report') return 'portrait';
  return d.model.orientation;
}

function DocumentView({ document: d }: { document: PackDocument }) {
  switch (d.kind) {
    case 'roster':
      return <RosterListView list={d.model} />;
    case 'committee':
      return <CommitteeRollView roll={d.model} />;
    case 'care':
      return <CareSheetView sheet={d.model} />;
    case 'table':
      return <CongressTableView doc={d.model} />;
    case 'funds':
      return <FundsTableView model={d.model} />;
    case 'assistance':
      return <AssistanceLedgerView ledger={d.model} />;
    case 'report':
      return <YearReportView report={d.model} />;
  }
}

function Cover({ pack }: { pack: YearPack }) {
  const c = pack.cover;
  const fact = (label: string, value: string) =>
    value ? (
      <div style={{ display: 'flex', gap: '1mm' }}>
        <span
          style={{ flex: 'none', width: '26mm', textAlign: 'justify', textAlignLast: 'justify' }}
        >
          {label}
        </span>
        <span style={{ flex: 'none' }}>：</span>
        <span>{value}</span>
      </div>
    ) : null;
  const [name, period] = c.title.split(' ');
  return (
    <section
      className="ud-page ud-pack-cover"
      style={{ ...PAGE, fontFamily: CSS_FONTS.fangsong }}
      data-testid="print-page"
    >
      <div
        style={{
          marginTop: '45mm',
          textAlign: 'center',
          fontFamily: CSS_FONTS.title,
          fontSize: '26pt',
          lineHeight: 1.6,
        }}
        data-testid="pack-cover-title"
      >
        <div>{name}</div>
        {period && <div>{period}</div>}
      </div>
      <div
        style={{
          margin: '55mm auto 0',
          width: '140mm',
          fontSize: '16pt',
          lineHeight: '12mm',
        }}
      >
        {fact('工会名称', c.unionName)}
        {fact('单位名称', c.unitName)}
        {fact('届次', c.termText)}
        {fact('工会主席', c.chairName)}
        {fact('年度', c.periodText)}
        {fact('打印日期', c.printedOnText)}
      </div>
    </section>
  );
}

function Contents({ pack }: { pack: YearPack }) {
  const pages = Array.from({ length: pack.contentsPageCount }, (_, i) =>
    pack.registers.slice(i * pack.contentsPerPage, (i + 1) * pack.contentsPerPage),
  );
  return (
    <>
      {pages.map((lines, p) => (
        <section
          key={p}
          className="ud-page"
          style={{ ...PAGE, fontFamily: CSS_FONTS.fangsong }}
          data-testid="print-page"
        >
          <div
            style={{
              textAlign: 'center',
              fontFamily: CSS_FONTS.title,
              fontSize: '22pt',
              marginBottom: '10mm',
              letterSpacing: '1em',
            }}
          >
            目录{p > 0 ? '（续）' : ''}
          </div>
          {lines.map((r, i) => {
            const n = p * pack.contentsPerPage + i + 1;
            return (
              <div
                key={n}
                style={{ display: 'flex', fontSize: '15pt', lineHeight: '12mm' }}
                data-testid="pack-contents-entry"
                data-title={r.title}
                data-page={r.firstPage}
                data-empty={r.empty ? '1' : undefined}
              >
                <span>
                  {chineseOrdinal(n)}、{r.label}
                  {r.empty ? '（本年度无记录）' : ''}
                </span>
                <span
                  style={{ flex: 1, borderBottom: '0.3mm dotted #000', margin: '0 2mm 3.5mm' }}
                />
                <span>{r.firstPage}</span>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}

export interface YearPackViewProps {
  /** Built by yearPack (shared/ledgers/yearEnd). */
  pack: YearPack;
}

/** 年度台账: cover, contents, then every register through its own print view. */
export function YearPackView({ pack }: YearPackViewProps) {
  return (
    <div className="ud-pack" data-testid="year-pack">
      <div className="ud-pack-part">
        <Cover pack={pack} />
        <Contents pack={pack} />
      </div>
      {pack.registers.map((r) => (
        <div
          key={`${r.firstPage}`}
          className={`ud-pack-part ud-pack-${orientationOf(r.document)}`}
          data-testid="pack-register"
          data-first-page={r.firstPage}
        >
          <DocumentView document={r.document} />
        </div>
      ))}
      {/* Last: Chromium lets a later unnamed @page (each view's PageStyle) win over a named one. */}
      <style>{PACK_CSS}</style>
    </div>
  );
}
