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
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatActivityWhen, participantName } from '../../shared/domain/activity';
import {
  buildSignInSheet,
  DEFAULT_SIGN_IN_OPTIONS,
  SIGN_IN_COLUMNS,
  SIGN_IN_COLUMN_LABELS,
  type LeaveEntry,
  type SignInColumnKey,
} from '../../shared/print/signInSheet';
import {
  GROUP_BY_LABELS,
  MEMBER_ORDER_LABELS,
  type GroupBy,
  type MemberOrder,
  type PrintableMember,
} from '../../shared/print/ordering';
import { PrintPreview, SignInSheetView } from '../print';
import { useActivity, useParticipants, useRosterChoices, useUnionName } from './useActivities';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/**
 * 打印签到表 for an activity: everyone on its list (guests by their unit), with those already
 * marked 请假 in the leave list. The print engine lays out the pages.
 */
export function SignInSheetPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const participants = useParticipants(id);
  const choices = useRosterChoices();
  const unionName = useUnionName();
  const [order, setOrder] = useState<MemberOrder>('department');
  const [groupBy, setGroupBy] = useState<GroupBy>('department');
  const [blocks, setBlocks] = useState<'1' | '2'>('1');
  const [walkInRows, setWalkInRows] = useState<number | string>(5);
  const [columns, setColumns] = useState<SignInColumnKey[]>(DEFAULT_SIGN_IN_OPTIONS.columns);
  const [groupNewPage, setGroupNewPage] = useState(false);
  const [leaveList, setLeaveList] = useState<'below' | 'omit'>('below');
  const [landscape, setLandscape] = useState(false);

  const sheet = useMemo(() => {
    if (!activity || !participants || !choices) return null;
    const members: PrintableMember[] = [];
    const leave: LeaveEntry[] = [];
    for (const p of participants) {
      const m = p.memberId ? choices.membersById.get(p.memberId) : undefined;
      const line: PrintableMember = m ?? {
        id: p.id,
        name: participantName(p, choices.membersById),
        department: p.guestUnit ? `来宾（${p.guestUnit}）` : '来宾',
        rosterOrder: 100000 + p.order,
      };
      members.push(line);
      if (p.state === '请假')
        leave.push({
          memberId: line.id,
          name: line.name,
          reason: p.leaveReason ?? '请假',
          department: line.department ?? null,
        });
    }
    return buildSignInSheet({
      title: `${activity.title}签到表`,
      dateText: formatActivityWhen(activity),
      place: activity.place,
      unionName: unionName ?? '',
      members,
      leave,
      options: {
        order,
        groupBy,
        groupOrder: groupBy === 'unionGroup' ? choices.unionGroups : choices.departments,
        blocks: blocks === '2' ? 2 : 1,
        walkInRows: typeof walkInRows === 'number' ? walkInRows : 0,
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
            onChange={(v) => v && setOrder(v as MemberOrder)}
            allowDeselect={false}
          />
          <Select
            label="分组"
            data={options(GROUP_BY_LABELS)}
            value={groupBy}
            onChange={(v) => v && setGroupBy(v as GroupBy)}
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
              onChange={(v) => setBlocks(v as '1' | '2')}
            />
          </div>
          {groupBy !== 'none' && (
            <Switch
              label="每组另起一页"
              checked={groupNewPage}
              onChange={(e) => setGroupNewPage(e.currentTarget.checked)}
            />
          )}
          <Checkbox.Group
            label="列"
            value={columns}
            onChange={(v) => setColumns(v as SignInColumnKey[])}
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
              onChange={(v) => setLeaveList(v as 'below' | 'omit')}
            />
          </div>
          <Switch
            label="横向打印"
            checked={landscape}
            onChange={(e) => setLandscape(e.currentTarget.checked)}
          />
          <NumberInput
            label="现场补签空行"
            min={0}
            max={40}
            allowDecimal={false}
            value={walkInRows}
            onChange={setWalkInRows}
          />
        </Stack>
      </PrintPreview>
    </Box>
  );
}
