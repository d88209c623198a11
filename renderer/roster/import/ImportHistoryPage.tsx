import { Stack, Title } from '@mantine/core';
import { OperationHistory } from '../../history';

/** Past imports with their summaries; each can be undone (also after a restart). */
export function ImportHistoryPage() {
  return (
    <Stack maw={1000}>
      <Title order={2}>导入记录</Title>
      <OperationHistory kind="import" />
    </Stack>
  );
}
