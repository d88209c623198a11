import { Stack, Text, TextInput } from '@mantine/core';
import { MERGE_FIELDS, isMergeField } from '../../shared/ledgers/notices';

export interface FieldValuesProps {
  /** The fields the notice uses, in order (see usedFields). */
  fields: string[];
  /** The values the notice merges with now (profile, activity and typed ones). */
  values: Record<string, string>;
  /** Called when the chair types a value. */
  onType: (field: string, value: string) => void;
}

/** 「填写字段」: a box per field the notice uses; an empty one is marked until filled. */
export function FieldValues({ fields, values, onType }: FieldValuesProps) {
  if (fields.length === 0) return null;
  return (
    <Stack gap={6} data-testid="field-values">
      <Text size="sm" fw={500}>
        填写字段
      </Text>
      {fields.map((f) => {
        const known = isMergeField(f);
        const value = values[f] ?? '';
        return (
          <TextInput
            key={f}
            size="xs"
            label={`{${f}}`}
            description={known ? MERGE_FIELDS[f as keyof typeof MERGE_FIELDS] : undefined}
            value={value}
            onChange={(e) => onType(f, e.currentTarget.value)}
            error={
              !known && !value.trim()
                ? '无法识别的字段：请检查拼写，或在这里填上内容'
                : !value.trim()
                  ? '还没有内容'
                  : undefined
            }
            data-testid={`field-${f}`}
          />
        );
      })}
    </Stack>
  );
}
