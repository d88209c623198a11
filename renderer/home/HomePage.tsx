import {
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconDatabaseExport,
  IconFileSpreadsheet,
  IconFlask,
  IconUsers,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { autoBackupIfDue } from '../../shared/backup';
import { loadDemoData, removeDemoData } from '../../shared/ledgers';
import { formatChineseDate, todayIso } from '../../shared/core/text';
import { isFederation, termStatus } from '../../shared/ledgers/union';
import { useDb, usePlatform } from '../app/AppContext';
import { useProfile } from '../union';
import { useHomeFacts } from './useHomeFacts';
import { CareReminders } from '../care';
import { UpcomingActivities } from './UpcomingActivities';
import { HardshipReviewReminder } from '../hardship';
import { FundsReminders } from '../funds';
import { action, notifyError } from '../app/notify';
import { CongressReminder } from '../congress';
import { FederationCard } from '../township';

/** 工作台: where the chair sees what to do next. */
export function HomePage() {
  const db = useDb();
  const platform = usePlatform();
  const profile = useProfile();
  const facts = useHomeFacts();
  if (!profile || !facts) return null;
  const term = termStatus(profile, todayIso());

  const backupToday = async () => {
    try {
      const name = await autoBackupIfDue(db, platform.backups);
      notifications.show({
        color: 'green',
        title: '备份完成',
        message: name ? `已下载“${name}”，请妥善保存。` : '今天已经备份过了。',
      });
    } catch (e) {
      notifyError(e, '备份失败');
    }
  };
  const loadDemo = action(async () => {
    await loadDemoData(db);
    notifications.show({
      title: '已载入示例数据',
      message: isFederation(profile)
        ? '这是虚构的下属工会、应建会单位和本会会员，可随时一键移除。'
        : '这是一个虚构的学校工会，可随时一键移除。',
    });
  }, '载入示例数据失败');
  const removeDemo = () =>
    modals.openConfirmModal({
      title: '移除示例数据',
      children: '将删除所有示例会员、部门和工会小组（您自己录入的数据不受影响）。',
      labels: { confirm: '移除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: action(async () => {
        const batch = await removeDemoData(db);
        notifications.show({
          title: '示例数据已移除',
          message: `共移除 ${batch.summary['会员'] ?? 0} 名示例会员。`,
        });
      }, '移除示例数据失败'),
    });

  return (
    <Stack maw={1100} data-testid="home">
      <Stack gap={2}>
        <Title order={2}>工作台</Title>
        <Text c="dimmed">
          {profile.unionName} · 第{profile.termNumber}届 · 今天是{formatChineseDate(todayIso())}
        </Text>
      </Stack>

      {term.kind !== 'ok' && (
        <Alert
          color={term.kind === 'expired' ? 'red' : 'yellow'}
          title={term.kind === 'expired' ? '任期已届满' : '任期即将届满'}
        >
          {term.message}
        </Alert>
      )}
      <CongressReminder />

      {isFederation(profile) && <FederationCard />}

      <HardshipReviewReminder />
      <FundsReminders />

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Group gap="xs">
            <ThemeIcon variant="light" size="lg">
              <IconUsers size={20} />
            </ThemeIcon>
            <Text fw={600}>花名册</Text>
          </Group>
          <Text size="xl" fw={700} mt="sm" data-testid="member-count">
            {facts.members} 人
          </Text>
          <Text size="sm" c="dimmed">
            在职 {facts.inService} 人 · 退休 {facts.retired} 人
            {facts.nonMembers > 0 && ` · 其中非会员 ${facts.nonMembers} 人`}
          </Text>
        </Card>
        <Card withBorder>
          <Group gap="xs">
            <ThemeIcon variant="light" size="lg" color={facts.backupDue ? 'orange' : 'green'}>
              <IconDatabaseExport size={20} />
            </ThemeIcon>
            <Text fw={600}>今日备份</Text>
          </Group>
          {facts.backupDue ? (
            <Stack gap="xs" mt="sm">
              <Text size="sm">
                今天还没有备份。
                {platform.backups.alsoDownloads ? '浏览器版需要您手动下载备份文件。' : ''}
              </Text>
              <Button size="xs" onClick={() => void backupToday()} data-testid="home-backup-today">
                立即备份
              </Button>
            </Stack>
          ) : (
            <Text size="sm" mt="sm" c="green">
              今天已经备份。
            </Text>
          )}
        </Card>
        <Card withBorder>
          <Group gap="xs">
            <ThemeIcon variant="light" size="lg" color="grape">
              <IconFlask size={20} />
            </ThemeIcon>
            <Text fw={600}>示例数据</Text>
          </Group>
          {facts.demoMembers > 0 ? (
            <Stack gap="xs" mt="sm">
              <Text size="sm">
                正在使用虚构的示例工会（{facts.demoMembers} 人）。开始录入真实数据前请移除。
              </Text>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={removeDemo}
                data-testid="remove-demo"
              >
                移除示例数据
              </Button>
            </Stack>
          ) : (
            <Stack gap="xs" mt="sm">
              <Text size="sm">
                {facts.members > 0
                  ? `花名册里已有 ${facts.members} 名会员：示例数据只能载入空白的台账，以免和真实数据混在一起。`
                  : isFederation(profile)
                    ? '载入虚构的 12 个下属工会、16 个应建会单位和本会会员（约 80 人），先熟悉软件。'
                    : '载入一个虚构的学校工会（约 80 人），先熟悉软件。'}
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={loadDemo}
                data-testid="load-demo"
                disabled={facts.members > 0}
              >
                载入示例数据
              </Button>
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      <CareReminders />
      <UpcomingActivities />

      <Card withBorder>
        <Text fw={600} mb="sm">
          下一步
        </Text>
        <Stack gap="sm">
          <NextStep
            done
            label="填写工会基本信息"
            hint="名称、届次、任期、上级工会"
            to="/settings"
            action="修改"
          />
          {isFederation(profile) && (
            <NextStep
              done={facts.affiliatedUnions > 0}
              label="登记下属工会"
              hint="逐个新增或从 Excel 名单导入，再登记应建会单位，建会率、入会率自动算出"
              to="/township"
              action={facts.affiliatedUnions > 0 ? '查看下属工会' : '去登记'}
            />
          )}
          <NextStep
            done={facts.members > 0}
            label="导入教职工花名册"
            hint="从学校办公室或人事给的 Excel 表导入，之后在软件中维护"
            to={facts.members > 0 ? '/roster' : '/roster/import'}
            action={facts.members > 0 ? '查看花名册' : '去导入'}
            icon={<IconFileSpreadsheet size={16} />}
          />
          <NextStep
            done={facts.activities > 0}
            label="登记活动与会议"
            hint="选参加人员、打印通知和签到表，会后登记出席，年底自动统计次数和人次"
            to={facts.activities > 0 ? '/activities' : '/activities/new'}
            action={facts.activities > 0 ? '查看活动' : '新建活动'}
          />
          <NextStep
            done={!facts.backupDue}
            label="备份数据"
            hint="每天自动备份；重要操作前也可手动备份"
            to="/backups"
            action="备份与恢复"
          />
        </Stack>
      </Card>
    </Stack>
  );
}

function NextStep(props: {
  done: boolean;
  label: string;
  hint: string;
  to: string;
  action: string;
  icon?: React.ReactNode;
}) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon
          radius="xl"
          size="sm"
          color={props.done ? 'green' : 'gray'}
          variant={props.done ? 'filled' : 'light'}
        >
          {props.done ? <IconCheck size={14} /> : <span />}
        </ThemeIcon>
        <div>
          <Text
            size="sm"
            fw={500}
            td={props.done ? 'line-through' : undefined}
            c={props.done ? 'dimmed' : undefined}
          >
            {props.label}
          </Text>
          <Text size="xs" c="dimmed">
            {props.hint}
          </Text>
        </div>
      </Group>
      <Button
        component={Link}
        to={props.to}
        size="xs"
        variant={props.done ? 'subtle' : 'filled'}
        leftSection={props.icon}
      >
        {props.action}
      </Button>
    </Group>
  );
}
