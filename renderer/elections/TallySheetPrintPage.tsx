import { Anchor, Box, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { CSS_FONTS } from '../../shared/core/print';
import { buildTallySheet, electionOutcome } from '../../shared/ledgers/elections';
import { PageStyle, PrintPreview } from '../print';
import { useElection } from './useElections';

const mm = (v: number) => `${v}mm`;
const th = { border: '1px solid #000', padding: '1.5mm 2mm', fontWeight: 600 } as const;
const td = { border: '1px solid #000', padding: '1.5mm 2mm' } as const;

/** 计票表: per round, the counts per candidate and the signatures of those who counted. */
export function TallySheetPrintPage() {
  const { id = '' } = useParams();
  const view = useElection(id);
  if (view === undefined) return <Loader />;
  if (!view) return <Text>找不到这项选举，可能已被删除或撤销。</Text>;
  const e = view.election;
  const pages = buildTallySheet(e, electionOutcome(e, view.candidates, view.ballots));
  const doc = (
    <div>
      <PageStyle orientation="portrait" />
      {pages.map((p, i) => (
        <section
          key={i}
          className="ud-page"
          data-testid="print-page"
          style={{
            width: mm(210),
            height: mm(297),
            padding: `${mm(20)} ${mm(20)}`,
            boxSizing: 'border-box',
            fontFamily: CSS_FONTS.song,
            position: 'relative',
            background: '#fff',
            color: '#000',
            fontSize: '11pt',
          }}
        >
          <div
            style={{
              textAlign: 'center',
              fontFamily: CSS_FONTS.title,
              fontSize: '18pt',
              marginBottom: mm(4),
            }}
          >
            {p.title}
          </div>
          {p.subtitle && (
            <div style={{ textAlign: 'center', fontSize: '13pt', marginBottom: mm(3) }}>
              {p.subtitle}
            </div>
          )}
          {p.facts.map((f) => (
            <div key={f} style={{ lineHeight: 1.8 }}>
              {f}
            </div>
          ))}
          <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: mm(4) }}>
            <thead>
              <tr>
                {['序号', '姓名', '赞成', '反对', '弃权', '得票率', '结果'].map((h) => (
                  <th key={h} style={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr key={r.order}>
                  <td style={{ ...td, textAlign: 'center' }}>{r.order}</td>
                  <td style={td}>{r.name}</td>
                  <td style={{ ...td, textAlign: 'right' }}>{r.for}</td>
                  <td style={{ ...td, textAlign: 'right' }}>{r.against}</td>
                  <td style={{ ...td, textAlign: 'right' }}>{r.abstain}</td>
                  <td style={{ ...td, textAlign: 'right' }}>{r.share}</td>
                  <td style={{ ...td, textAlign: 'center' }}>{r.result}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: mm(14) }}>
            {p.signatures.map((s) => (
              <span key={s} style={{ width: '30%' }}>
                {s}＿＿＿＿＿＿
              </span>
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
      ))}
    </div>
  );
  return (
    <Box h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <PrintPreview title={`${e.name}计票表`} document={doc}>
        <Stack gap="sm">
          <Anchor component={Link} to={`/elections/${e.id}`} size="sm">
            ‹ {e.name}
          </Anchor>
          <Text size="sm">共 {pages.length} 页（每轮一页）</Text>
        </Stack>
      </PrintPreview>
    </Box>
  );
}
