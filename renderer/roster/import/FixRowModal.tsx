import { useState } from 'react';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ImportIssue, ImportedRow, RosterColumn } from '../../../shared/ledgers/roster/import';
import { FIXABLE_FIELDS, fixRowFields, type FixableField } from '../../../shared/ledgers/roster';
import { todayIso } from '../../../shared/core/text';
import { fieldValueText, MEMBER_FIELD_LABELS } from '../../../shared/ledgers/roster';

export interface FixRowModalProps {
  row: ImportedRow;
  issues: ImportIssue[];
  /** The file's columns, to check a correction before closing. */
  columns: readonly RosterColumn[];
  onSave: (changes: Partial<Record<FixableField, string>>) => void;
  onClose: () => void;
}

/** Correcting one row of the file before import; the file itself is not changed. */
export function FixRowModal({ row, issues, columns, onSave, onClose }: FixRowModalProps) {
  const initial = Object.fromEntries(
    FIXABLE_FIELDS.map((f) => [f, fieldValueText(f, row[f])]),
  ) as Record<FixableField, string>;
  const [values, setValues] = useState(initial);
  // Set when a saved correction left the row with errors: the dialog stays and says why.
  const [stillWrong, setStillWrong] = useState(false);
  const save = () => {
    // A box with an error is read again even when untouched: saving an unrecoverable ID
    // (#VALUE!, shown empty) as it is means 「import without it」.
    const inError = (f: FixableField) =>
      issues.some((i) => i.field === f && i.severity === 'error');
    const changes = Object.fromEntries(
      FIXABLE_FIELDS.filter((f) => values[f] !== initial[f] || inError(f)).map((f) => [
        f,
        values[f],
      ]),
    );
    const after = fixRowFields(row, changes, issues, columns, todayIso());
    onSave(changes);
    if (after.issues.some((i) => i.severity === 'error')) setStillWrong(true);
    else onClose();
  };
  return (
    <Modal opened onClose={onClose} title={`修正第 ${row.row} 行（${row.sheet}）`} size="lg">
      <Stack>
        {stillWrong && (
          <Alert
            color="red"
            title="修正已保存，但这一行仍不能导入"
            data-testid="fix-row-still-wrong"
          >
            还有下面标红的问题。身份证号无法找回时，可以把身份证号一栏清空：这个人将不带身份证号导入。
          </Alert>
        )}
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
