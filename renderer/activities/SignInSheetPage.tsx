import {
  Anchor,
  Box,
  Checkbox,
  Group,
  Loader,
  Switch,
  NumberInput,
  Select,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { formatActivityWhen } from '../../shared/ledgers/activities';
import {
  buildSignInSheet,
  SIGN_IN_COLUMNS,
  SIGN_IN_COLUMN_LABELS,
  type SignInColumnKey,
} from '../../shared/ledgers/activities';
import {
  GROUP_BY_LABELS,
  MEMBER_ORDER_LABELS,
  type GroupBy,
  type MemberOrder,
} from '../../shared/ledgers/roster';
import { PrintPreview, SignInSheetView } from '../print';
import { signInPeople } from '../../shared/ledgers/activities';
import { useActivity, useParticipantRoster, useUnionName } from './useActivities';
import { sheetOrder, useSheetChoices, type SheetChoices } from './signInChoices';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/**
 * 打印签到表 for an activity: everyone on its list (guests by their unit), with those already
 * marked 请假 in the leave list. The print engine lays out the pages.
 */
export function SignInSheetPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const choices = useParticipantRoster(id);
  const participants = choices?.participants;
  const unionName = useUnionName();
  // The chair's last choices, remembered for the next sheet.
  const [opts, setOpts] = useSheetChoices();
  const set = <K extends keyof SheetChoices>(key: K, value: SheetChoices[K]) =>
    setOpts({ ...opts, [key]: value });
  const { order, groupBy, blocks, walkInRows, columns, groupNewPage, leaveList, landscape } = opts;

  const sheet = useMemo(() => {
    if (!activity || !participants || !choices) return null;
    const { members, leave } = signInPeople(participants, choices.membersById);
    return buildSignInSheet({
      title: `${activity.title}签到表`,
      dateText: formatActivityWhen(activity),
      place: activity.place,
      unionName: unionName ?? '',
      members,
      leave,
      options: {
        ...sheetOrder({ order, groupBy }, choices),
        blocks: blocks === '2' ? 2 : 1,
        walkInRows,
        // Keep the standard column order whatever order they were ticked in.
        columns: SIGN_IN_COLUMNS.filter((c) => columns.includes(c)),
        groupNewPage,
        leaveList,
        orientation: landscape ? 'landscape' : 'portrait',
      },
    });
  }, [
    activity,
    participants,
    choices,
    unionName,
    order,
    groupBy,
    blocks,
    walkInRows,
    columns,
    groupNewPage,
    leaveList,
    landscape,
  ]);

  if (activity === undefined || participants === undefined || choices === undefined)
    return <Loader />;
  if (activity === null || !sheet) return <Text>找不到这个活动，可能已被删除或撤销。</Text>;

  return (
    <Box h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <PrintPreview
        title={`${activity.title}签到表`}
        landscape={sheet.orientation === 'landscape'}
        document={<SignInSheetView sheet={sheet} />}
        notice={sheet.warnings.map((w) => (
          <Text key={w} size="sm" c="orange.8">
            {w}
          </Text>
        ))}
      >
        <Stack gap="sm">
          <Anchor component={Link} to={`/activities/${activity.id}`} size="sm">
            ‹ {activity.title}
          </Anchor>
          <Text size="sm">
            名单 {sheet.counts.members} 人，请假 {sheet.counts.leave} 人，共 {sheet.pageCount} 页
          </Text>
          <Select
            label="排序"
            data={options(MEMBER_ORDER_LABELS)}
            value={order}
            onChange={(v) => v && set('order', v as MemberOrder)}
            allowDeselect={false}
          />
          <Select
            label="分组"
            data={options(GROUP_BY_LABELS)}
            value={groupBy}
            onChange={(v) => v && set('groupBy', v as GroupBy)}
            allowDeselect={false}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              每页栏数
            </Text>
            <SegmentedControl
              data={[
                { value: '1', label: '一栏' },
                { value: '2', label: '两栏' },
              ]}
              value={blocks}
              onChange={(v) => set('blocks', v as '1' | '2')}
            />
          </div>
          {groupBy !== 'none' && (
            <Switch
              label="每组另起一页"
              checked={groupNewPage}
              onChange={(e) => set('groupNewPage', e.currentTarget.checked)}
            />
          )}
          <Checkbox.Group
            label="列"
            value={columns}
            onChange={(v) => set('columns', v as SignInColumnKey[])}
          >
            <Group gap="xs" mt={4}>
              {SIGN_IN_COLUMNS.map((c) => (
                <Checkbox
                  key={c}
                  value={c}
                  label={SIGN_IN_COLUMN_LABELS[c]}
                  disabled={c === 'name' || c === 'signature'}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <div>
            <Text size="sm" fw={500} mb={4}>
              请假人员
            </Text>
            <SegmentedControl
              data={[
                { value: 'below', label: '另列请假名单' },
                { value: 'omit', label: '不另列（备注写请假）' },
              ]}
              value={leaveList}
              onChange={(v) => set('leaveList', v as 'below' | 'omit')}
            />
          </div>
          <Switch
            label="横向打印"
            checked={landscape}
            onChange={(e) => set('landscape', e.currentTarget.checked)}
          />
          <NumberInput
            label="现场补签空行"
            min={0}
            max={40}
            allowDecimal={false}
            value={walkInRows}
            onChange={(v) => set('walkInRows', typeof v === 'number' ? v : 0)}
          />
        </Stack>
      </PrintPreview>
    </Box>
  );
}
