import { Button, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';

/** What the roster shows before there is anyone in it. */
export function EmptyRoster({ onAdd, onTemplate }: { onAdd(): void; onTemplate(): void }) {
  return (
    <Center py={60}>
      <Paper withBorder p="xl" maw={560} radius="md" data-testid="roster-empty">
        <Stack align="center" gap="md">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconUsers size={32} />
          </ThemeIcon>
          <Title order={3}>花名册还是空的</Title>
          <Text ta="center" c="dimmed">
            {
              '花名册是各项台账的基础：活动签到、慰问、会费、选举都从这里选人。如果手头已有 Excel 或 WPS 的教职工名单，可以直接导入；人数不多时也可以逐个添加。'
            }
          </Text>
          <Group>
            <Button
              component={Link}
              to="/roster/import"
              leftSection={<IconFileSpreadsheet size={18} />}
            >
              导入花名册
            </Button>
            <Button variant="default" leftSection={<IconUserPlus size={18} />} onClick={onAdd}>
              添加会员
            </Button>
          </Group>
          <Button variant="subtle" size="xs" onClick={onTemplate}>
            下载空白花名册模板
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
