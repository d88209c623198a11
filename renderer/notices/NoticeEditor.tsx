import {
  Anchor,
  Box,
  Button,
  Checkbox,
  Divider,
  Group,
  ScrollArea,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy, IconFileTypeDocx, IconTemplate } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ActivityListRow } from '../../shared/ledgers/activities';
import { saveNotice, setDocumentPrefix } from '../../shared/ledgers/notices';
import {
  layeredValues,
  noticeValues,
  noticeYear,
  previewDocumentNumber,
  profileNoticeValues,
  usedFields,
} from '../../shared/ledgers/notices';
import { activityNoticeValues } from '../../shared/ledgers/notices';
import type { UnionProfile } from '../../shared/ledgers/union';
import {
  layoutNotice,
  mergeNotice,
  noticeFileName,
  noticeToDocx,
  type NoticeDocument,
  type NoticeTemplate,
} from '../../shared/ledgers/notices';
import { NoticeFontWarning, NoticeView, PrintPreview } from '../print';
import { useDb, usePlatform } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { FieldValues } from './FieldValues';
import { MergeWarnings } from './MergeWarnings';
import { SaveAsTemplateModal } from './SaveAsTemplateModal';
import { SourceFields } from './SourceFields';
import { showError } from '../app/showUndo';
import { SavedLine, type SavedInfo } from './SavedLine';
import { sourceOf, toDraft, type NoticeEditorState } from './noticeEditorState';
import { useNotices } from './useNotices';
import { notifyError } from '../app/notify';

export interface NoticeEditorProps {
  initial: NoticeEditorState;
  templates: NoticeTemplate[];
  activities: ActivityListRow[];
  profile: UnionProfile | null;
}

/** The notice being written on the left, its printed pages on the right. */
export function NoticeEditor({ initial, templates, activities, profile }: NoticeEditorProps) {
  const db = useDb();
  const platform = usePlatform();
  const navigate = useNavigate();
  const [state, setState] = useState(initial);
  const [busy, setBusy] = useState<'save' | 'docx' | null>(null);
  const [templateModal, setTemplateModal] = useState(false);
  const location = useLocation();
  const [saved, setSaved] = useState<SavedInfo | null>(
    (location.state as { saved?: SavedInfo } | null)?.saved ?? null,
  );
  const patch = (p: Partial<NoticeEditorState>) => setState((s) => ({ ...s, ...p }));

  const year = noticeYear(state.date, new Date().getFullYear());
  const register = useNotices(year);
  const numbered = state.source.withDocumentNumber;
  const preview = previewDocumentNumber({
    numbered,
    number: state.number,
    prefix: state.prefix,
    year,
    register,
  });
  const expectedNumber = preview.expected;

  const base = useMemo(() => profileNoticeValues(profile), [profile]);
  const values = useMemo(
    () => layeredValues(base, state.activityValues, state.typed),
    [state, base],
  );
  const merged = useMemo(
    () =>
      mergeNotice(
        { ...state.source, id: '', name: '' },
        noticeValues({ values, date: state.date }, state.number ?? expectedNumber),
        { issuer: state.issuer },
      ),
    [state, values, expectedNumber],
  );
  const layout = useMemo(() => layoutNotice(merged.document), [merged]);
  const fields = usedFields(state.source);

  const chooseActivity = (activityId: string | null) => {
    const row = activities.find((r) => r.activity.id === activityId);
    patch({
      activityId: row?.activity.id ?? null,
      activityValues: row ? activityNoticeValues(row.activity, row.counts.invited) : {},
    });
  };
  const chooseTemplate = (templateId: string | null) => {
    const t = templates.find((x) => x.id === templateId);
    if (!t) return;
    // A 文号 once issued stays, whichever template the text now comes from.
    const source = sourceOf(t);
    patch({
      templateId: t.id,
      source: { ...source, withDocumentNumber: state.number ? true : source.withDocumentNumber },
    });
  };

  const save = async (): Promise<NoticeDocument | null> => {
    setBusy('save');
    try {
      const { record, batch } = await saveNotice(db, toDraft(state, values));
      if (record.seq > 0) await setDocumentPrefix(db, record.prefix);
      const info: SavedInfo = {
        batch,
        message: record.seq > 0 ? `已保存，文号 ${record.number}` : '已保存到发文登记（无文号）',
        wasNew: !state.id,
      };
      setSaved(info);
      patch({ id: record.id, number: record.seq > 0 ? record.number : null });
      // The saved notice has its own address; the editor there shows the same line.
      if (!state.id)
        void navigate(`/notices/${record.id}`, { replace: true, state: { saved: info } });
      return record.document;
    } catch (e) {
      showError('保存失败', e);
      return null;
    } finally {
      setBusy(null);
    }
  };

  const exportDocx = async () => {
    // A numbered notice is saved first, so the Word file carries its real 文号.
    const doc = numbered && !state.number ? await save() : merged.document;
    if (!doc) return;
    setBusy('docx');
    try {
      const data = await noticeToDocx(doc);
      await platform.saveFile({
        suggestedName: noticeFileName(doc),
        data,
        filters: [{ name: 'Word 文档', extensions: ['docx'] }],
      });
    } catch (e) {
      showError('导出 Word 失败', e);
    } finally {
      setBusy(null);
    }
  };

  const templateOptions = groupTemplates(templates);
  const activityOptions = activities.map((r) => ({
    value: r.activity.id,
    label: `${r.activity.startDate} ${r.activity.title}`,
  }));
  const extra = preview.notes;

  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      style={{ display: 'flex', minHeight: 0 }}
      data-testid="notice-editor"
    >
      <ScrollArea
        w={400}
        pr="md"
        style={{ flex: 'none', borderRight: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Stack gap="sm" pb="xl">
          <Anchor component={Link} to="/notices" size="sm">
            ‹ 通知公示
          </Anchor>
          <Group gap="xs">
            <Button
              leftSection={<IconDeviceFloppy size={18} />}
              onClick={() => void save()}
              loading={busy === 'save'}
              data-testid="save-notice"
            >
              保存
            </Button>
            <Button
              variant="default"
              leftSection={<IconTemplate size={18} />}
              onClick={() => setTemplateModal(true)}
              data-testid="save-as-template"
            >
              另存为模板
            </Button>
          </Group>
          {saved && <SavedLine saved={saved} onUndone={() => setSaved(null)} />}
          <Select
            label="模板"
            data={templateOptions}
            value={state.templateId}
            onChange={chooseTemplate}
            allowDeselect={false}
            searchable
            data-testid="notice-template"
          />
          <Select
            label="关联活动"
            description="选择后自动填入活动名称、时间、地点和参加人员"
            placeholder="不关联活动"
            data={activityOptions}
            value={state.activityId}
            onChange={chooseActivity}
            clearable
            searchable
            nothingFoundMessage="没有找到活动"
            data-testid="notice-activity"
          />
          <ChineseDateInput
            label="成文日期"
            value={state.date}
            clearable={false}
            onChange={(v) => v && patch({ date: String(v) })}
            data-testid="notice-date"
          />
          <Switch
            label="编发文号"
            checked={numbered}
            disabled={!!state.number}
            description={preview.hint}
            onChange={(e) =>
              patch({ source: { ...state.source, withDocumentNumber: e.currentTarget.checked } })
            }
            data-testid="notice-numbered"
          />
          {numbered && !state.number && (
            <TextInput
              label="发文机关代字"
              description="文号中〔年份〕前面的部分，如“城南工”；会记住下次使用"
              value={state.prefix}
              onChange={(e) => patch({ prefix: e.currentTarget.value })}
              onBlur={() => {
                if (state.prefix.trim())
                  setDocumentPrefix(db, state.prefix).catch((e: unknown) =>
                    notifyError(e, '发文机关代字没有保存'),
                  );
              }}
              data-testid="notice-prefix"
            />
          )}
          <Group gap="lg">
            <Checkbox
              label="红头（发文机关标志）"
              checked={state.issuer !== null}
              onChange={(e) =>
                patch({
                  issuer: e.currentTarget.checked ? `${profile?.unionName ?? '工会'}文件` : null,
                })
              }
            />
            <Checkbox
              label="留出盖章位置"
              checked={state.source.sealSpace}
              onChange={(e) =>
                patch({ source: { ...state.source, sealSpace: e.currentTarget.checked } })
              }
            />
          </Group>
          <Divider />
          <SourceFields source={state.source} onChange={(source) => patch({ source })} />
          <Divider />
          <FieldValues
            fields={fields}
            values={values}
            onType={(f, v) => patch({ typed: { ...state.typed, [f]: v } })}
          />
        </Stack>
      </ScrollArea>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <PrintPreview
          title={merged.document.title || '通知'}
          document={<NoticeView layout={layout} />}
          notice={
            <>
              <NoticeFontWarning />
              <MergeWarnings unknown={merged.unknown} empty={merged.empty} extra={extra} />
            </>
          }
          actions={
            <Button
              variant="default"
              leftSection={<IconFileTypeDocx size={18} />}
              onClick={() => void exportDocx()}
              loading={busy === 'docx'}
              data-testid="export-docx"
            >
              导出Word
            </Button>
          }
        />
      </Box>
      <SaveAsTemplateModal
        opened={templateModal}
        onClose={() => setTemplateModal(false)}
        source={state.source}
        defaultName={`${merged.document.title || state.source.kind}`}
        onSaved={(t) => patch({ templateId: t.id })}
      />
    </Box>
  );
}

/** Templates grouped by 文种 for the select. */
function groupTemplates(templates: NoticeTemplate[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const t of templates) {
    const items = groups.get(t.kind) ?? [];
    items.push({ value: t.id, label: t.builtIn ? t.name : `${t.name}（自定义）` });
    groups.set(t.kind, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
