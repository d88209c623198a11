import { Alert, Checkbox, Group, NativeSelect, Select, Stack, Table, Text } from '@mantine/core';
import {
  MEMBER_FIELDS,
  type ColumnMapping,
  type MemberField,
  type RosterReadResult,
} from '../../../shared/ledgers/roster';
import { MEMBER_FIELD_LABELS } from '../../../shared/ledgers/roster';
import { maskPersonalNumbers } from '../../../shared/core/ids';

const FIELD_OPTIONS = [
  { value: '', label: '（不导入）' },
  ...MEMBER_FIELDS.map((f) => ({ value: f, label: MEMBER_FIELD_LABELS[f] })),
];

export interface MappingStepProps {
  result: RosterReadResult;
  /** Re-reads the file with other sheets / mapping. */
  onChange: (opts: {
    sheets?: string[];
    statusFromSheetName?: boolean;
    mapping?: ColumnMapping;
  }) => void;
  busy: boolean;
}

/** Which sheet, which header row, which column is which field — as detected, for the chair to correct. */
export function MappingStep({ result, onChange, busy }: MappingStepProps) {
  const statusSheets = result.sheets.filter((s) => s.statusFromName);
  const readSheets = result.sheets.filter((s) => s.imported).map((s) => s.name);
  const both = statusSheets.length >= 2 && statusSheets.every((s) => s.imported);
  const sample = result.rows.slice(0, 3);
  const mapped = new Set(Object.values(result.mapping).filter(Boolean));

  return (
    <Stack>
      {(result.format === 'csv' || result.format === 'html') && (
        <Text size="sm" data-testid="import-text-file">
          {result.format === 'csv' ? '文本表格（CSV/TXT）' : '网页表格（网页导出的 .xls）'}
          ，只有一张表。
        </Text>
      )}
      <Group
        align="flex-end"
        display={result.format === 'csv' || result.format === 'html' ? 'none' : undefined}
      >
        <Select
          label="工作表"
          data={result.sheets.map((s) => ({
            value: s.name,
            label: `${s.name}${s.recommended ? '（像花名册）' : ''}${s.nameRowCount ? ` · ${s.nameRowCount} 行` : ''}`,
          }))}
          value={readSheets[0] ?? result.sheet}
          onChange={(v) => v && onChange({ sheets: [v], statusFromSheetName: false })}
          disabled={busy || both}
          allowDeselect={false}
          w={320}
        />
        {statusSheets.length >= 2 && (
          <Checkbox
            label={`同时导入“${statusSheets.map((s) => s.name).join('”“')}”，会员状态按工作表名确定`}
            checked={both}
            disabled={busy}
            onChange={(e) =>
              onChange(
                e.currentTarget.checked
                  ? { sheets: statusSheets.map((s) => s.name), statusFromSheetName: true }
                  : { sheets: [statusSheets[0]!.name], statusFromSheetName: false },
              )
            }
            data-testid="import-both-sheets"
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        表头在第 {result.headerRow} 行。请核对每一列对应的信息；不需要的列选“不导入”。
      </Text>
      {!mapped.has('name') && (
        <Alert color="red">没有找到“姓名”列，请为姓名所在的列选择“姓名”。</Alert>
      )}
      <Table withTableBorder striped data-testid="mapping-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>列</Table.Th>
            <Table.Th>表头</Table.Th>
            <Table.Th w={220}>导入为</Table.Th>
            <Table.Th>示例</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.columns.map((c) => (
            <Table.Tr key={c.letter}>
              <Table.Td>{c.letter}</Table.Td>
              <Table.Td>{c.header}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={`“${c.header}”导入为`}
                  data={FIELD_OPTIONS}
                  value={c.field ?? ''}
                  disabled={busy}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    onChange({
                      mapping: { ...result.mapping, [c.header]: (v || null) as MemberField | null },
                    });
                  }}
                />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {sample
                    .map((r) => r.raw[c.header] ?? '')
                    .filter(Boolean)
                    .map((v) =>
                      maskPersonalNumbers(
                        v,
                        c.field === 'idNumber' || c.field === 'phone' ? c.field : null,
                      ),
                    )
                    .join('，')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
