import { Button, Checkbox, Group, Popover, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { DEFAULT_ROSTER_COLUMN_KEYS, ROSTER_COLUMNS } from '../../shared/ledgers/roster';

/** Which columns the table shows (and the export writes); kept in the settings. */
export function ColumnChooser({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange(keys: string[]): void;
}) {
  return (
    <Popover position="bottom-end" shadow="md" width={320}>
      <Popover.Target>
        <Button variant="default" size="xs" leftSection={<IconColumns size={16} />}>
          显示列
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            选择表格中显示的列（导出时也用这些列）
          </Text>
          <Checkbox.Group value={[...value]} onChange={(v) => onChange(v.length ? v : ['name'])}>
            <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
              {ROSTER_COLUMNS.map((c) => (
                <Checkbox
                  key={c.key}
                  value={c.key}
                  label={c.label}
                  size="xs"
                  disabled={c.key === 'name'}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onChange([...DEFAULT_ROSTER_COLUMN_KEYS])}
            >
              恢复默认
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
