import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Batch } from '../../../shared/db';
import { useUndoBatch } from '../../history';

const ORDER = ['新增', '更新', '跳过', '问题', '标记调出'];

/** The import's summary, with 「撤销本次导入」. */
export function ImportDone({ batch, onAnother }: { batch: Batch; onAnother: () => void }) {
  const undo = useUndoBatch();
  const [undone, setUndone] = useState(false);
  return (
    <Stack data-testid="import-done">
      <Alert
        color={undone ? 'gray' : 'green'}
        icon={<IconCircleCheck />}
        title={undone ? '已撤销本次导入' : '导入完成'}
      >
        {undone
          ? '花名册已恢复到导入之前的样子。'
          : `${batch.label}：已在一个操作中全部写入。如发现导错了，可以撤销，花名册会恢复到导入前的样子。`}
      </Alert>
      <SimpleGrid cols={5}>
        {ORDER.filter((k) => batch.summary[k] !== undefined).map((k) => (
          <Stack key={k} gap={0} align="center">
            <Text size="xl" fw={700} data-testid={`summary-${k}`}>
              {batch.summary[k]}
            </Text>
            <Text size="sm">{k}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      <Group>
        <Button component={Link} to="/roster">
          查看花名册
        </Button>
        <Button variant="default" onClick={onAnother}>
          再导入一个文件
        </Button>
        {!undone && (
          <Button
            variant="light"
            color="red"
            onClick={() => void undo(batch).then(setUndone)}
            data-testid="undo-import"
          >
            撤销本次导入
          </Button>
        )}
      </Group>
    </Stack>
  );
}
