import { Group, Loader, Text } from '@mantine/core';

/**
 * Shown while every ledger is read: about a second for a township's 250,000 rows (bench
 * yearEnd), so the chair sees what is happening rather than a bare spinner. IndexedDB reads
 * in the background; the page stalls only while the largest table's rows are unpacked
 * (about a quarter second for 200,000 participant rows).
 */
export function LedgerLoading() {
  return (
    <Group gap="sm" data-testid="year-end-loading">
      <Loader size="sm" />
      <Text c="dimmed" size="sm">
        正在读取各台账记录，会员多时需要几秒……
      </Text>
    </Group>
  );
}
