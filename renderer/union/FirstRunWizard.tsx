import { Anchor, Container, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { emptyProfile, isFederation, type UnionProfile } from '../../shared/ledgers/union';
import { saveProfile } from '../../shared/db';
import { loadDemoData } from '../../shared/ledgers';
import { useDb } from '../app/AppContext';
import { ProfileForm } from './ProfileForm';
import { action } from '../app/notify';
import { useBackupActions } from '../backups';

/** The first-run wizard: a lazy chunk, since it is shown once (the demo seed, backups, the form). */
export default function FirstRunWizard() {
  const db = useDb();
  // On a new PC the chair's union is in her backup: restoring it replaces this empty start.
  const { restoreFromPickedFile } = useBackupActions();
  const save = action(async (p: UnionProfile) => {
    await saveProfile(db, p);
    notifications.show({
      color: 'green',
      title: '保存成功',
      message: isFederation(p)
        ? '工会信息已保存。下一步：在“下属工会”中登记下属基层工会（可从 Excel 名单导入）。'
        : '工会信息已保存。下一步：导入教职工花名册。',
    });
  }, '工会信息没有保存');
  const tryDemo = action(async () => {
    await loadDemoData(db);
    notifications.show({
      title: '已载入示例数据',
      message: '这是一个虚构的学校工会，可在工作台一键移除。',
    });
  }, '载入示例数据失败');
  return (
    <Container size="md" py="xl" data-testid="first-run">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2}>欢迎使用工会台账</Title>
          <Text c="dimmed">
            第一步：填写本工会的基本信息。这些信息会出现在通知、签到表和年度报表上，以后可以在“工会信息”中修改。所有数据只保存在这台电脑上。
          </Text>
        </Stack>
        <Paper withBorder p="lg" radius="md">
          <ProfileForm initial={emptyProfile()} submitLabel="完成设置" onSubmit={save} />
        </Paper>
        <Divider label="或者" />
        <Text ta="center" size="sm">
          换了电脑、已有备份？
          <Anchor
            component="button"
            onClick={() => void restoreFromPickedFile()}
            data-testid="restore-first-run"
          >
            从备份文件恢复（.uniondesk）
          </Anchor>
        </Text>
        <Text ta="center" size="sm">
          想先看看软件怎么用？
          <Anchor component="button" onClick={tryDemo} data-testid="load-demo-first-run">
            载入示例工会（虚构数据，可一键移除）
          </Anchor>
        </Text>
      </Stack>
    </Container>
  );
}
