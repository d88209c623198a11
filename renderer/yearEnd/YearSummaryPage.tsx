import { Anchor, Box, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconRestore } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { todayIso } from '../../shared/core/text';
import type { LedgerData } from '../../shared/ledgers';
import { layoutNotice } from '../../shared/ledgers/notices';
import {
  buildSummaryDraft,
  reportOf,
  summaryDocument,
  summaryFileName,
  summaryToDocx,
  type SummaryDraft,
  type SummarySectionName,
} from '../../shared/ledgers/yearEnd';
import { NoticeFontWarning, NoticeView, PrintPreview } from '../print';
import { usePlatform } from '../app/AppContext';
import { LedgerLoading } from './LedgerLoading';
import { usePeriodChoice, useYearEndView } from './useYearEnd';

const DOCX_FILTER = [{ name: 'Word 文档', extensions: ['docx'] }];

/**
 * 工作总结 (issue 14): the year's figures written as the summary's sentences, in the notice
 * engine's GB/T 9704 layout. Each section's text can be rewritten before 打印 / 保存为PDF /
 * 导出Word; the edits live while the page is open (恢复草稿 brings the figures' text back).
 */
export function YearSummaryPage({ data }: { data: LedgerData | undefined }) {
  const { choice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const { search } = useLocation();
  const platform = usePlatform();
  const [edits, setEdits] = useState<Partial<Record<SummarySectionName, string>>>({});
  const [busy, setBusy] = useState(false);

  const base = useMemo(() => {
    if (!data || !view || view.error) return null;
    return buildSummaryDraft({
      unionName: data.profile?.unionName || '本会',
      year: choice.mode === 'year' ? choice.year : null,
      report: reportOf(view.period, data, view.groups),
      madeOn: todayIso(),
    });
  }, [data, view, choice.mode, choice.year]);
  const draft: SummaryDraft | null = useMemo(
    () =>
      base && {
        ...base,
        sections: base.sections.map((s) => ({ ...s, text: edits[s.name] ?? s.text })),
      },
    [base, edits],
  );
  const layout = useMemo(() => (draft ? layoutNotice(summaryDocument(draft)) : null), [draft]);
  if (!view) return <LedgerLoading />;

  const exportDocx = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      const result = await platform.saveFile({
        suggestedName: summaryFileName(draft),
        data: await summaryToDocx(draft),
        filters: DOCX_FILTER,
      });
      if (result.saved)
        notifications.show({ color: 'teal', title: '已导出', message: `已保存到 ${result.path}` });
    } catch (e) {
      notifications.show({
        color: 'red',
        title: '导出 Word 失败',
        message: e instanceof Error ? e.message : String(e),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="year-summary"
    >
      <PrintPreview
        title={draft?.title ?? '工作总结'}
        document={layout ? <NoticeView layout={layout} /> : null}
        notice={
          <>
            <Anchor component={Link} to={`/year-end${search}`} size="sm">
              ← 返回年度统计
            </Anchor>
            <NoticeFontWarning />
            {view.error && <Text c="red">{view.error}</Text>}
          </>
        }
        actions={
          <Button
            variant="default"
            leftSection={<IconFileTypeDocx size={18} />}
            onClick={() => void exportDocx()}
            loading={busy}
            disabled={!draft}
            data-testid="summary-docx"
          >
            导出Word
          </Button>
        }
      >
        {draft && (
          <Stack gap="sm" data-testid="summary-editor">
            <div>
              <Title order={4}>工作总结草稿</Title>
              <Text size="sm" c="dimmed">
                数字都由台账算出；可直接修改各部分文字（每行一段），右侧随之更新。修改不会保存到台账，离开本页即恢复为草稿，请打印或导出Word后再离开。
              </Text>
            </div>
            {draft.sections.map((s) => (
              <Textarea
                key={s.name}
                label={s.heading}
                value={s.text}
                autosize
                minRows={2}
                maxRows={12}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setEdits((old) => ({ ...old, [s.name]: text }));
                }}
                data-testid={`summary-section-${s.name}`}
              />
            ))}
            <Button
              variant="subtle"
              leftSection={<IconRestore size={18} />}
              onClick={() => setEdits({})}
              disabled={Object.keys(edits).length === 0}
              data-testid="summary-reset"
            >
              恢复草稿
            </Button>
          </Stack>
        )}
      </PrintPreview>
    </Box>
  );
}
