import {
  Button,
  Group,
  Loader,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { parseDateText, todayIso } from '../../shared/core/text';
import {
  OPEN_AFFAIR_KINDS,
  deleteOpenAffair,
  saveOpenAffair,
  type OpenAffairKind,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';
import { useOpenAffairs } from './useCongress';

/** 校务公开 log: date, item, kind (长期/定期/即时), channel, days shown; print the register. */
export function OpenAffairsTab() {
  const db = useDb();
  const list = useOpenAffairs();
  const [date, setDate] = useState(todayIso());
  const [item, setItem] = useState('');
  const [kind, setKind] = useState<OpenAffairKind>('即时');
  const [channel, setChannel] = useState('校务公开栏');
  const [days, setDays] = useState<number | string>(7);
  if (!list) return <Loader size="sm" />;
  const year = todayIso().slice(0, 4);
  const add = async () => {
    const saved = await runAction(
      () =>
        saveOpenAffair(db, null, {
          date: parseDateText(date)?.date ?? '',
          item,
          kind,
          channel,
          days: typeof days === 'number' ? days : null,
        }),
      { failure: '登记校务公开失败' },
    );
    if (saved) setItem('');
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <TextInput
          label="日期"
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          w={120}
        />
        <TextInput
          label="公开事项"
          value={item}
          onChange={(e) => setItem(e.currentTarget.value)}
          w={320}
        />
        <Select
          label="类别"
          data={[...OPEN_AFFAIR_KINDS]}
          value={kind}
          onChange={(v) => v && setKind(v as OpenAffairKind)}
          allowDeselect={false}
          w={90}
        />
        <TextInput
          label="渠道"
          value={channel}
          onChange={(e) => setChannel(e.currentTarget.value)}
          w={130}
        />
        <NumberInput
          label="公开天数"
          min={0}
          allowDecimal={false}
          value={days}
          onChange={setDays}
          w={90}
        />
        <Button onClick={() => void add()}>登记</Button>
        <Button variant="light" component={Link} to={`/congress/print/open-affairs?year=${year}`}>
          打印{year}年登记表
        </Button>
      </Group>
      <Text size="sm">共 {list.length} 项</Text>
      <Table striped data-testid="open-affairs-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>日期</Table.Th>
            <Table.Th>公开事项</Table.Th>
            <Table.Th>类别</Table.Th>
            <Table.Th>渠道</Table.Th>
            <Table.Th>公开天数</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.date}</Table.Td>
              <Table.Td>{o.item}</Table.Td>
              <Table.Td>{o.kind}</Table.Td>
              <Table.Td>{o.channel}</Table.Td>
              <Table.Td>{o.days ?? ''}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={action(() => deleteOpenAffair(db, o.id), '删除失败')}
                >
                  删除
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
