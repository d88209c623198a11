import { Anchor, Box, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx, IconRestore, IconTemplate } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { todayIso } from '../../shared/core/text';
import type { LedgerData } from '../../shared/ledgers';
import { layoutNotice } from '../../shared/ledgers/notices';
import {
  buildSummaryDraft,
  fillSummaryTemplate,
  summaryFields,
  templateFromText,
  type SummaryTemplate,
  reportOf,
  summaryDocument,
  summaryFileName,
  summaryToDocx,
  type SummaryDraft,
  type SummarySectionName,
} from '../../shared/ledgers/yearEnd';
import { NoticeFontWarning, NoticeView, PrintPreview } from '../print';
import { usePlatform } from '../app/AppContext';
import { useStoredSetting } from '../app/useStoredSetting';
import { FieldHighlight, UnknownFields } from './SummaryFields';
import { SummaryTemplateEditor } from './SummaryTemplateEditor';
import { LedgerLoading } from './LedgerLoading';
import { usePeriodChoice, useYearEndView } from './useYearEnd';

const DOCX_FILTER = [{ name: 'Word 文档', extensions: ['docx'] }];

type Edits = Partial<Record<SummarySectionName, string>>;
const NO_EDITS: Edits = {};
const NO_TEMPLATE: SummaryTemplate = {};
/** The chair's wording for next year, with merge fields (settings table, travels with backups). */
export const SUMMARY_TEMPLATE_KEY = 'yearEnd.summaryTemplate';
/** The chair's edits of one period's draft: 「yearEnd.summaryEdits.2026」. */
export const summaryEditsKey = (period: { from: string; to: string }, year: number | null) =>
  `yearEnd.summaryEdits.${year ?? `${period.from}_${period.to}`}`;

/**
 * 工作总结 (issue 14): the year's figures written as the summary's sentences, in the notice
 * engine's GB/T 9704 layout. Each section's text can be rewritten before 打印 / 保存为PDF /
 * 导出Word; the edits are kept per period in the settings table (leaving and coming back keeps
 * them), 恢复为自动草稿 per section drops them. 存为明年模板 keeps her wording with merge fields;
 * a section with a template starts from it, filled with the period's figures.
 */
export function YearSummaryPage({ data }: { data: LedgerData | undefined }) {
  const { choice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const { search } = useLocation();
  const platform = usePlatform();
  const year = choice.mode === 'year' ? choice.year : null;
  const period = view?.period ?? { from: choice.from, to: choice.to };
  const [edits, setEdits] = useStoredSetting<Edits>(summaryEditsKey(period, year), NO_EDITS);
  const [template, setTemplate] = useStoredSetting<SummaryTemplate>(
    SUMMARY_TEMPLATE_KEY,
    NO_TEMPLATE,
  );
  const [editing, setEditing] = useState<SummaryTemplate | null>(null);
  const [busy, setBusy] = useState(false);
  const unionName = data?.profile?.unionName || '本会';

  const fields = useMemo(
    () =>
      view && !view.error
        ? summaryFields({ unionName, year, period: view.period, groups: view.groups })
        : [],
    [view, unionName, year],
  );
  const filled = useMemo(
    () => new Map(fillSummaryTemplate(template, fields).map((s) => [s.name, s])),
    [template, fields],
  );
  const base = useMemo(() => {
    if (!data || !view || view.error) return null;
    const auto = buildSummaryDraft({
      unionName,
      year,
      report: reportOf(view.period, data, view.groups),
      madeOn: todayIso(),
    });
    return {
      ...auto,
      sections: auto.sections.map((s) => {
        const t = filled.get(s.name);
        return t ? { ...s, text: t.text, placeholder: false } : s;
      }),
    };
  }, [data, view, unionName, year, filled]);
  const draft: SummaryDraft | null = useMemo(
    () =>
      base && {
        ...base,
        sections: base.sections.map((s) => ({ ...s, text: edits[s.name] ?? s.text })),
      },
    [base, edits],
  );
  const restore = (name: SummarySectionName) => {
    const next = { ...edits };
    delete next[name];
    setEdits(next);
  };
  const templateOfDraft = (): SummaryTemplate => {
    if (!draft) return template;
    const out: SummaryTemplate = {};
    // 存在问题 / 明年打算 still showing the prompt have no wording to keep.
    for (const s of draft.sections)
      if (!s.placeholder || edits[s.name] !== undefined)
        out[s.name] = templateFromText(s.text, fields);
    return out;
  };
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
                数字都由台账算出；可直接修改各部分文字（每行一段），右侧随之更新。修改自动保存，离开本页再回来仍在。
                {filled.size > 0 && '带“模板”的部分按去年存下的措辞填入本年数字。'}
              </Text>
            </div>
            {draft.sections.map((s) => {
              const t = filled.get(s.name);
              const edited = edits[s.name] !== undefined;
              return (
                <div key={s.name}>
                  <Textarea
                    label={
                      <Group gap={6} component="span">
                        {s.heading}
                        {t && (
                          <Text span size="xs" c="blue">
                            模板
                          </Text>
                        )}
                        {edited && (
                          <Text span size="xs" c="dimmed">
                            已修改
                          </Text>
                        )}
                      </Group>
                    }
                    value={s.text}
                    autosize
                    minRows={2}
                    maxRows={12}
                    onChange={(e) => setEdits({ ...edits, [s.name]: e.currentTarget.value })}
                    data-testid={`summary-section-${s.name}`}
                  />
                  {!edited && t && t.unknown.length > 0 && (
                    <>
                      <UnknownFields unknown={t.unknown} />
                      <FieldHighlight parts={t.parts} />
                    </>
                  )}
                  {edited && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      leftSection={<IconRestore size={16} />}
                      onClick={() => restore(s.name)}
                      data-testid={`summary-restore-${s.name}`}
                    >
                      恢复为自动草稿
                    </Button>
                  )}
                </div>
              );
            })}
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconTemplate size={18} />}
                onClick={() => setEditing(templateOfDraft())}
                data-testid="summary-save-template"
              >
                存为明年模板
              </Button>
              {filled.size > 0 && (
                <Button
                  variant="subtle"
                  onClick={() => setEditing(template)}
                  data-testid="summary-edit-template"
                >
                  编辑模板
                </Button>
              )}
            </Group>
          </Stack>
        )}
        {editing && (
          <SummaryTemplateEditor
            opened
            initial={editing}
            fields={fields}
            onClose={() => setEditing(null)}
            onDelete={() => {
              setTemplate({});
              setEditing(null);
            }}
            onSave={(t) => {
              setTemplate(t);
              setEditing(null);
              notifications.show({
                color: 'teal',
                title: '已保存工作总结模板',
                message: '以后各年的草稿按此措辞填入当年的数字。',
              });
            }}
          />
        )}
      </PrintPreview>
    </Box>
  );
}
