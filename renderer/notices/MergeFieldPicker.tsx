import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { MERGE_FIELDS, type MergeField } from '../../shared/ledgers/notices';

export interface MergeFieldPickerProps {
  /** Called with the field's name, e.g. 「时间」, when the chair clicks it. */
  onPick: (field: MergeField) => void;
}

/** 「插入字段」: every merge field as a chip; a click puts 「{时间}」 at the caret. */
export function MergeFieldPicker({ onPick }: MergeFieldPickerProps) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        插入字段
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        点击字段，插入到光标所在处；打印时换成实际内容。
      </Text>
      <Group gap={6} data-testid="merge-field-picker">
        {(Object.keys(MERGE_FIELDS) as MergeField[]).map((f) => (
          <Tooltip key={f} label={MERGE_FIELDS[f]} withArrow openDelay={300}>
            <Badge
              component="button"
              type="button"
              variant="light"
              radius="sm"
              style={{ cursor: 'pointer', textTransform: 'none' }}
              onMouseDown={(e) => e.preventDefault() /* keep the caret in the text box */}
              onClick={() => onPick(f)}
            >
              {`{${f}}`}
            </Badge>
          </Tooltip>
        ))}
      </Group>
    </div>
  );
}
