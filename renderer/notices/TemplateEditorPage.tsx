import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Divider,
  Loader,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  DEFAULT_NOTICE_TEMPLATES,
  NOTICE_KINDS,
  type NoticeKind,
  type NoticeTemplate,
} from '../../shared/ledgers/notices';
import { layoutNotice, mergeNotice, profileMergeValues } from '../../shared/ledgers/notices';
import {
  saveNoticeTemplate,
  validateNoticeTemplate,
  type NoticeTemplateDraft,
} from '../../shared/ledgers/notices';
import { todayIso } from '../../shared/core/text';
import type { UnionProfile } from '../../shared/ledgers/union';
import { NoticeView, PrintPreview } from '../print';
import { useDb } from '../app/AppContext';
import { useProfile } from '../union';
import { MergeWarnings } from './MergeWarnings';
import { SourceFields } from './SourceFields';
import { showError } from '../app/showUndo';
import { useNoticeTemplate } from './useNotices';
import { notifications } from '@mantine/notifications';

/** /notices/templates/:templateId (and templates/new): a template's text, with a preview. */
export function TemplateEditorPage() {
  const { templateId } = useParams();
  const template = useNoticeTemplate(templateId);
  const profile = useProfile();
  if (template === undefined || profile === undefined) return <Loader />;
  if (templateId && !template) return <Text>找不到这个模板，可能已被删除或撤销。</Text>;
  const from = template ?? { ...DEFAULT_NOTICE_TEMPLATES[0]!, id: '', builtIn: false, name: '' };
  return <TemplateEditor key={from.id} template={from} profile={profile} />;
}

function TemplateEditor({
  template,
  profile,
}: {
  template: NoticeTemplate;
  profile: UnionProfile | null;
}) {
  const db = useDb();
  const navigate = useNavigate();
  const { id: _id, builtIn: _b, updatedAt: _u, ...start } = template;
  const [draft, setDraft] = useState<NoticeTemplateDraft>(start);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const patch = (p: Partial<NoticeTemplateDraft>) => setDraft((d) => ({ ...d, ...p }));

  // The preview fills what the union profile answers; the other fields show in braces.
  const merged = useMemo(
    () => mergeNotice({ ...draft, id: '' }, profile ? profileMergeValues(profile, todayIso()) : {}),
    [draft, profile],
  );
  const layout = useMemo(() => layoutNotice(merged.document), [merged]);

  const save = async () => {
    const e = validateNoticeTemplate(draft);
    setErrors(e);
    if (Object.keys(e).length) return;
    setBusy(true);
    try {
      const saved = await saveNoticeTemplate(db, draft, template.id || null);
      notifications.show({
        color: 'teal',
        message: template.builtIn ? `已另存为模板“${saved.name}”` : `已保存模板“${saved.name}”`,
      });
      if (saved.id !== template.id)
        await navigate(`/notices/templates/${saved.id}`, { replace: true });
    } catch (err) {
      showError('模板保存失败', err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      style={{ display: 'flex', minHeight: 0 }}
      data-testid="template-editor"
    >
      <ScrollArea
        w={400}
        pr="md"
        style={{ flex: 'none', borderRight: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Stack gap="sm" pb="xl">
          <Anchor component={Link} to="/notices?tab=templates" size="sm">
            ‹ 模板
          </Anchor>
          {template.builtIn && (
            <Alert color="blue" p="xs">
              这是内置模板，不能修改或删除。改动后点“另存为新模板”，会保存为您自己的模板。
            </Alert>
          )}
          <TextInput
            label="模板名称"
            value={draft.name}
            error={errors.name}
            onChange={(e) => patch({ name: e.currentTarget.value })}
            data-testid="template-name"
          />
          <Select
            label="文种"
            data={[...NOTICE_KINDS]}
            value={draft.kind}
            onChange={(v) => v && patch({ kind: v as NoticeKind })}
            allowDeselect={false}
          />
          <Checkbox
            label="编发文号"
            checked={draft.withDocumentNumber}
            onChange={(e) => patch({ withDocumentNumber: e.currentTarget.checked })}
          />
          <Checkbox
            label="留出盖章位置"
            checked={draft.sealSpace}
            onChange={(e) => patch({ sealSpace: e.currentTarget.checked })}
          />
          <Divider />
          <SourceFields
            source={draft}
            onChange={(s) => patch(s)}
            errors={{ title: errors.title, body: errors.body }}
          />
          <TextInput
            label="成文日期"
            description="通常为 {日期}：写通知时按所选日期填入"
            value={draft.date}
            onChange={(e) => patch({ date: e.currentTarget.value })}
          />
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            onClick={() => void save()}
            loading={busy}
            data-testid="template-save"
          >
            {template.builtIn || !template.id ? '另存为新模板' : '保存模板'}
          </Button>
        </Stack>
      </ScrollArea>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <PrintPreview
          title={draft.name || '通知模板'}
          document={<NoticeView layout={layout} />}
          notice={<MergeWarnings unknown={merged.unknown} empty={[]} />}
        />
      </Box>
    </Box>
  );
}
