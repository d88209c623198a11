import { Anchor, Box, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type CSSProperties } from 'react';
import { Link, useParams } from 'react-router';
import { CSS_FONTS } from '../../shared/core/print';
import {
  buildEvaluationSummary,
  buildRatingSheets,
  summarizeEvaluation,
  type RatingSheetModel,
  type SummaryPage,
} from '../../shared/ledgers/elections';
import { PageStyle, PrintPreview } from '../print';
import { useEvaluation, useUnionProfile } from './useElections';

const mm = (v: number) => `${v}mm`;
const cell: CSSProperties = { border: '1px solid #000', padding: '2mm', textAlign: 'center' };
const page: CSSProperties = {
  width: mm(210),
  height: mm(297),
  padding: `${mm(18)} ${mm(20)}`,
  boxSizing: 'border-box',
  fontFamily: CSS_FONTS.song,
  position: 'relative',
  background: '#fff',
  color: '#000',
  fontSize: '11pt',
};

function RatingSheet({ s }: { s: RatingSheetModel }) {
  return (
    <div style={{ height: mm(125), overflow: 'hidden' }} data-testid="rating-sheet">
      <div style={{ textAlign: 'center', fontFamily: CSS_FONTS.title, fontSize: '16pt' }}>
        {s.title}
      </div>
      <div style={{ margin: `${mm(3)} 0` }}>{s.person}</div>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>测评项目</th>
            {s.grades.map((g) => (
              <th key={g} style={{ ...cell, width: '14%' }}>
                {g}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {s.items.map((it) => (
            <tr key={it}>
              <td style={{ ...cell, textAlign: 'left' }}>{it}</td>
              {s.grades.map((g) => (
                <td key={g} style={cell} />
              ))}
            </tr>
          ))}
          <tr>
            <td style={{ ...cell, textAlign: 'left', fontWeight: 600 }}>总体评价</td>
            {s.overallGrades.map((g) => (
              <td key={g} style={{ ...cell, fontSize: '9pt' }}>
                {`${g}\u3000□`}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div style={{ fontSize: '9.5pt', marginTop: mm(2) }}>
        {s.notes.map((n) => (
          <div key={n}>{n}</div>
        ))}
      </div>
    </div>
  );
}

function Summary({ p }: { p: SummaryPage }) {
  return (
    <section className="ud-page" style={page} data-testid="print-page">
      <div style={{ textAlign: 'center', fontFamily: CSS_FONTS.title, fontSize: '15pt' }}>
        {p.title}
      </div>
      <div style={{ marginTop: mm(4) }}>被测评人：{p.person}</div>
      <div>{p.facts}</div>
      <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: mm(3) }}>
        <thead>
          <tr>
            {p.header.map((h) => (
              <th key={h} style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.label}>
              <td style={{ ...cell, textAlign: 'left' }}>{r.label}</td>
              {r.cells.map((c, i) => (
                <td key={i} style={cell}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            {p.overallHeader.map((h) => (
              <th key={h} style={cell}>
                {h}
              </th>
            ))}
          </tr>
          <tr>
            <td style={{ ...cell, textAlign: 'left' }}>{p.overall.label}</td>
            {p.overall.cells.map((c, i) => (
              <td key={i} style={cell}>
                {c}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <div style={{ marginTop: mm(4) }}>{p.conclusion}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: mm(14) }}>
        {p.signatures.map((s) => (
          <span key={s}>{s.endsWith('：') ? `${s}＿＿＿＿＿＿` : s}</span>
        ))}
      </div>
      <div
        style={{
          position: 'absolute',
          bottom: mm(12),
          left: 0,
          right: 0,
          textAlign: 'center',
          fontSize: '10.5pt',
        }}
      >
        {p.pageText}
      </div>
    </section>
  );
}

/** 打印测评表 (blank, N per person, two to a page) or 打印结果汇总表 (a page per person). */
export function EvaluationPrintPage() {
  const { id = '', kind = 'summary' } = useParams();
  const view = useEvaluation(id);
  const profile = useUnionProfile();
  const [copies, setCopies] = useState(30);
  if (view === undefined || profile === undefined) return <Loader />;
  if (!view) return <Text>找不到这次测评，可能已被删除或撤销。</Text>;
  const e = view.evaluation;
  const union = (profile?.unionName ?? '').replace(/委员会$/, '');
  let doc;
  let title;
  if (kind === 'sheets') {
    title = `${e.title}表`;
    const all = buildRatingSheets(union, e).flatMap((s) => Array.from({ length: copies }, () => s));
    const pages: RatingSheetModel[][] = [];
    for (let i = 0; i < all.length; i += 2) pages.push(all.slice(i, i + 2));
    doc = (
      <div>
        <PageStyle orientation="portrait" />
        {pages.map((pg, i) => (
          <section key={i} className="ud-page" style={page} data-testid="print-page">
            {pg.map((s, j) => (
              <div key={j}>
                {j > 0 && <div style={{ borderTop: '1px dashed #666', margin: `${mm(6)} 0` }} />}
                <RatingSheet s={s} />
              </div>
            ))}
          </section>
        ))}
      </div>
    );
  } else {
    title = `${e.title}结果汇总表`;
    const pages = buildEvaluationSummary(union, e, summarizeEvaluation(e, view.sheets));
    doc = (
      <div>
        <PageStyle orientation="portrait" />
        {pages.map((p, i) => (
          <Summary key={i} p={p} />
        ))}
      </div>
    );
  }
  return (
    <Box h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <PrintPreview title={title} document={doc}>
        <Stack gap="sm">
          <Anchor component={Link} to={`/elections/evaluations/${e.id}`} size="sm">
            ‹ {e.title}
          </Anchor>
          {kind === 'sheets' ? (
            <NumberInput
              label="每人印制张数"
              value={copies}
              onChange={(v) => setCopies(typeof v === 'number' ? v : 0)}
              min={1}
              max={500}
              allowDecimal={false}
            />
          ) : (
            <Text size="sm">每位被测评人一页</Text>
          )}
        </Stack>
      </PrintPreview>
    </Box>
  );
}
