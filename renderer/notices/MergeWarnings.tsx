import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export interface MergeWarningsProps {
  /** Names in braces that are not merge fields. */
  unknown: string[];
  /** Known fields with no value. */
  empty: string[];
  /** Extra lines to show, e.g. about the 文号. Default none. */
  extra?: string[];
}

const braces = (fields: string[]) => fields.map((f) => `{${f}}`).join('、');

/** What would print wrong: unknown and empty merge fields, in the chair's words. */
export function MergeWarnings({ unknown, empty, extra = [] }: MergeWarningsProps) {
  if (!unknown.length && !empty.length && !extra.length) return null;
  return (
    <Stack gap={4} mb="xs" data-testid="merge-warnings">
      {unknown.length > 0 && (
        <Alert color="red" p="xs" icon={<IconAlertTriangle size={18} />}>
          无法识别的字段：{braces(unknown)}。请检查拼写，或从左侧“插入字段”中选择。
        </Alert>
      )}
      {empty.length > 0 && (
        <Alert color="orange" p="xs" icon={<IconAlertTriangle size={18} />}>
          以下字段还没有内容，打印出来会保留花括号：{braces(empty)}。请在左侧“填写字段”中补上。
        </Alert>
      )}
      {extra.map((line) => (
        <Alert key={line} color="blue" p="xs">
          {line}
        </Alert>
      ))}
    </Stack>
  );
}
