import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ActivityReport } from '../../shared/ledgers/yearEnd';

export interface ActivitiesTableProps {
  activities: readonly ActivityReport[];
  /** The activity ids in the same order, for links to each activity. */
  ids: readonly string[];
}

const COUNTS: [keyof ActivityReport, string][] = [
  ['eligible', '应到'],
  ['attended', '出席'],
  ['leave', '请假'],
  ['absent', '缺席'],
  ['guests', '来宾'],
  ['entries', '参赛项目'],
  ['prizes', '获奖'],
];

/** What Table.Tr sets on a row of a striped table with row borders (Mantine's defaults). */
const ROW = { 'data-striped': 'odd', 'data-with-row-border': true } as const;
const RIGHT = { textAlign: 'right' } as const;

/** activities[]: per activity the union ran in the period, members counted once each. */
export function ActivitiesTable({ activities, ids }: ActivitiesTableProps) {
  return (
    <Paper withBorder p="md" data-testid="year-activities">
      <Title order={4}>各项活动</Title>
      <Text size="sm" c="dimmed" mb="xs">
        本会主办、开始日期在统计期内的活动。应到、出席、请假、缺席按人计（一人参加多个项目只计一次）；来宾为出席的来宾人次；参赛项目为出席的项目人次；获奖为有奖项或奖品的记录数。
      </Text>
      {activities.length === 0 ? (
        <Text size="sm">统计期内没有本会主办的活动。</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>活动名称</Table.Th>
                <Table.Th>开始日期</Table.Th>
                {COUNTS.map(([k, label]) => (
                  <Table.Th key={k} ta="right">
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {/* Plain rows with Table's own classes: a township's 400 activities are 4,000
                  cells, and a Mantine component per cell was most of the page's render. */}
              {activities.map((a, i) => (
                <tr key={ids[i] ?? i} className={Table.classes.tr} {...ROW}>
                  <td className={Table.classes.td}>
                    {ids[i] ? (
                      <Anchor component={Link} to={`/activities/${ids[i]}`} size="sm">
                        {a.title}
                      </Anchor>
                    ) : (
                      a.title
                    )}
                  </td>
                  <td className={Table.classes.td}>{a.start}</td>
                  {COUNTS.map(([k]) => (
                    <td key={k} className={Table.classes.td} style={RIGHT}>
                      {a[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
