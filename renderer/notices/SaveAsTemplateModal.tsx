import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { saveNoticeTemplate, type NoticeSource } from '../../shared/ledgers/notices';
import type { NoticeTemplate } from '../../shared/ledgers/notices';
import { useDb } from '../app/AppContext';
import { showError } from '../app/showUndo';

export interface SaveAsTemplateModalProps {
  opened: boolean;
  onClose: () => void;
  /** The notice's text, merge fields and all. */
  source: NoticeSource;
  defaultName: string;
  onSaved: (t: NoticeTemplate) => void;
}

/** 「另存为模板」: keeps the notice's text (with its merge fields) as a template of the chair's own. */
export function SaveAsTemplateModal({
  opened,
  onClose,
  source,
  defaultName,
  onSaved,
}: SaveAsTemplateModalProps) {
  const db = useDb();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const t = await saveNoticeTemplate(db, { ...source, name: name || defaultName.slice(0, 30) });
      onSaved(t);
      onClose();
    } catch (e) {
      showError('模板保存失败', e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="另存为模板">
      <Stack>
        <Text size="sm" c="dimmed">
          保存标题、主送、正文和署名（保留花括号字段），以后写同类通知时直接选用。
        </Text>
        <TextInput
          label="模板名称"
          placeholder={defaultName.slice(0, 30)}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="template-name-input"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={() => void submit()} loading={busy} data-testid="template-name-save">
            保存模板
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
