import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import {
  fillSummaryTemplate,
  SUMMARY_SECTIONS,
  type SummaryField,
  type SummaryTemplate,
} from '../../shared/ledgers/yearEnd';
import { FieldHighlight, UnknownFields } from './SummaryFields';

export interface SummaryTemplateEditorProps {
  opened: boolean;
  /** The template to start from (the saved one, or one made from this year's text). */
  initial: SummaryTemplate;
  fields: readonly SummaryField[];
  onSave: (template: SummaryTemplate) => void;
  /** Removes the saved template: the drafts go back to the automatic sentences. */
  onDelete: () => void;
  onClose: () => void;
}

/**
 * 工作总结模板: each section's wording with merge fields ({activities.count} …), the fields
 * this year's figures offer (click to insert), and — as the notice templates do — the fields
 * the figures do not know, highlighted before anything is saved.
 */
export function SummaryTemplateEditor(p: SummaryTemplateEditorProps) {
  const [draft, setDraft] = useState<SummaryTemplate>(p.initial);
  const [focus, setFocus] = useState<(typeof SUMMARY_SECTIONS)[number]>('基本情况');
  const filled = new Map(fillSummaryTemplate(draft, p.fields).map((s) => [s.name, s]));
  const insert = (key: string) => setDraft((d) => ({ ...d, [focus]: `${d[focus] ?? ''}{${key}}` }));
  const anyUnknown = [...filled.values()].some((s) => s.unknown.length > 0);
  return (
    <Modal
      opened={p.opened}
      onClose={p.onClose}
      title="工作总结模板（明年的草稿按此措辞填入当年数字）"
      size="90%"
      data-testid="summary-template-editor"
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Stack gap="sm" style={{ flex: 1 }}>
          {SUMMARY_SECTIONS.map((name) => {
            const f = filled.get(name);
            return (
              <div key={name}>
                <Textarea
                  label={name}
                  description={draft[name] === undefined ? '未设模板：使用自动草稿' : undefined}
                  value={draft[name] ?? ''}
                  autosize
                  minRows={2}
                  maxRows={8}
                  onFocus={() => setFocus(name)}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setDraft((d) => {
                      const next = { ...d };
                      if (text.trim() === '') delete next[name];
                      else next[name] = text;
                      return next;
                    });
                  }}
                  data-testid={`template-section-${name}`}
                />
                {f && f.unknown.length > 0 && (
                  <>
                    <UnknownFields unknown={f.unknown} />
                    <FieldHighlight parts={f.parts} />
                  </>
                )}
              </div>
            );
          })}
        </Stack>
        <Stack gap={4} w={280} style={{ flex: 'none' }}>
          <Text size="sm" fw={600}>
            插入字段（到「{focus}」）
          </Text>
          <ScrollArea h={480}>
            <Stack gap={2}>
              {p.fields.map((f) => (
                <Button
                  key={f.key}
                  variant="subtle"
                  size="compact-sm"
                  justify="space-between"
                  rightSection={<Badge variant="light">{f.value}</Badge>}
                  onClick={() => insert(f.key)}
                  title={`{${f.key}}`}
                >
                  {f.label}
                </Button>
              ))}
            </Stack>
          </ScrollArea>
        </Stack>
      </Group>
      <Group justify="space-between" mt="md">
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={18} />}
          onClick={p.onDelete}
          data-testid="template-delete"
        >
          删除模板
        </Button>
        <Group gap="xs">
          {anyUnknown && (
            <Alert color="red" p={6} icon={<IconAlertTriangle size={16} />}>
              有无法识别的字段，保存后会原样印出
            </Alert>
          )}
          <Button variant="default" onClick={p.onClose}>
            取消
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={18} />}
            onClick={() => p.onSave(draft)}
            data-testid="template-save"
          >
            保存模板
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}
