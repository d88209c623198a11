import { Button, Group, Loader, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { parseDateText, todayIso } from '../../shared/core/text';
import {
  OPEN_AFFAIR_KINDS,
  deleteOpenAffair,
  saveOpenAffair,
  type OpenAffair,
  type OpenAffairKind,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';
import { LineInput, LogTable, type LogColumn } from './LogTable';
import { useOpenAffairs } from './useCongress';

const OPEN_AFFAIR_COLUMNS: LogColumn<OpenAffair>[] = [
  { label: '日期', cell: (o) => o.date },
  { label: '公开事项', cell: (o) => o.item },
  { label: '类别', cell: (o) => o.kind },
  { label: '渠道', cell: (o) => o.channel },
  { label: '公开天数', cell: (o) => o.days ?? '' },
];

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
        <LineInput label="日期" value={date} onChange={setDate} w={120} />
        <LineInput label="公开事项" value={item} onChange={setItem} w={320} />
        <Select
          label="类别"
          data={[...OPEN_AFFAIR_KINDS]}
          value={kind}
          onChange={(v) => v && setKind(v as OpenAffairKind)}
          allowDeselect={false}
          w={90}
        />
        <LineInput label="渠道" value={channel} onChange={setChannel} w={130} />
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
      <LogTable
        testId="open-affairs-list"
        rows={list}
        columns={OPEN_AFFAIR_COLUMNS}
        onDelete={(o) => deleteOpenAffair(db, o.id)}
        deleteFailure="删除失败"
      />
    </Stack>
  );
}
