import { useState } from 'react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ImportIssue, ImportedRow } from '../../../shared/ledgers/roster/import';
import { FIXABLE_FIELDS, type FixableField } from '../../../shared/ledgers/roster';
import { fieldValueText, MEMBER_FIELD_LABELS } from '../../../shared/ledgers/roster';

export interface FixRowModalProps {
  row: ImportedRow;
  issues: ImportIssue[];
  onSave: (changes: Partial<Record<FixableField, string>>) => void;
  onClose: () => void;
}

/** Correcting one row of the file before import; the file itself is not changed. */
export function FixRowModal({ row, issues, onSave, onClose }: FixRowModalProps) {
  const initial = Object.fromEntries(
    FIXABLE_FIELDS.map((f) => [f, fieldValueText(f, row[f])]),
  ) as Record<FixableField, string>;
  const [values, setValues] = useState(initial);
  const save = () => {
    const changes = Object.fromEntries(
      FIXABLE_FIELDS.filter((f) => values[f] !== initial[f]).map((f) => [f, values[f]]),
    );
    onSave(changes);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`修正第 ${row.row} 行（${row.sheet}）`} size="lg">
      <Stack>
        {issues.map((i, k) => (
          <Alert key={k} color={i.severity === 'error' ? 'red' : 'yellow'} p="xs">
            {i.column ? `${i.column} 列“${i.header}”：` : ''}
            {i.message}
          </Alert>
        ))}
        <SimpleGrid cols={2}>
          {FIXABLE_FIELDS.map((f) => (
            <TextInput
              key={f}
              label={MEMBER_FIELD_LABELS[f]}
              value={values[f]}
              onChange={(e) => setValues({ ...values, [f]: e.currentTarget.value })}
              error={issues.some((i) => i.field === f && i.severity === 'error')}
              data-autofocus={issues[0]?.field === f || undefined}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={save} data-testid="fix-row-save">
            保存修正
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
