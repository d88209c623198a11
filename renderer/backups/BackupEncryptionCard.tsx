import { useState } from 'react';
import { Button, Card, Code, Group, Stack, Switch, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { AUTO_ENCRYPT_KEY, recoveryCodes, setAutoEncrypt } from '../../shared/backup';
import { getSetting } from '../../shared/db';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';

/**
 * 备份加密: whether the daily automatic backups are locked with this PC's 备份恢复码, and
 * the code itself, to copy onto paper — without it those backups cannot be opened on
 * another PC.
 */
export function BackupEncryptionCard() {
  const db = useDb();
  const on = useLiveQuery(() => getSetting<boolean>(db, AUTO_ENCRYPT_KEY), [db]) ?? false;
  const [code, setCode] = useState<string | null>(null);

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>备份加密</Text>
        <Text size="xs" c="dimmed">
          手动备份时可以设置密码。每日自动备份和恢复前的安全备份也可以加密：它们用本机保存的“备份恢复码”加密，在本机恢复时不用输入；换了电脑，恢复时输入恢复码即可。
        </Text>
        <Switch
          label="自动备份也加密（推荐）"
          checked={on}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            void runAction(() => setAutoEncrypt(db, next), { failure: '没有改变备份加密设置' });
          }}
          data-testid="auto-encrypt"
        />
        {on && (
          <Group gap="xs">
            {code ? (
              <Code fz="md" data-testid="recovery-code">
                {code}
              </Code>
            ) : (
              <Button
                size="xs"
                variant="default"
                onClick={action(
                  async () => setCode((await recoveryCodes(db))[0]!),
                  '无法读取恢复码',
                )}
              >
                显示备份恢复码
              </Button>
            )}
            <Text size="xs" c="dimmed">
              请把恢复码抄在纸上，和存放备份的U盘分开保管。
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
