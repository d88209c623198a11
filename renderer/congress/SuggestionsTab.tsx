import { Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { parseDateText, todayIso } from '../../shared/core/text';
import { deleteSuggestion, saveSuggestion, type Suggestion } from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';
import { LineInput, LogTable, type LogColumn } from './LogTable';
import { useSuggestions } from './useCongress';

const ADOPTED = [
  { value: 'yes', label: '已采纳' },
  { value: 'no', label: '未采纳' },
  { value: 'open', label: '待处理' },
];
const adoptedOf = (v: string | null) => (v === 'yes' ? true : v === 'no' ? false : null);
const adoptedText = (a: boolean | null) =>
  a === true ? '已采纳' : a === false ? '未采纳' : '待处理';

/** 意见建议 (合理化建议、金点子): a line to add one, the list with whether each was adopted. */
export function SuggestionsTab() {
  const db = useDb();
  const list = useSuggestions();
  const [date, setDate] = useState(todayIso());
  const [channel, setChannel] = useState('意见箱');
  const [content, setContent] = useState('');
  const [proposer, setProposer] = useState('');
  const [handledBy, setHandledBy] = useState('');
  const [adopted, setAdopted] = useState<string | null>('open');
  if (!list) return <Loader size="sm" />;
  const add = async () => {
    const saved = await runAction(
      () =>
        saveSuggestion(db, null, {
          date: parseDateText(date)?.date ?? '',
          channel,
          content,
          proposer,
          memberId: null,
          handledBy,
          adopted: adoptedOf(adopted),
          reply: '',
          fromProposalId: null,
        }),
      { failure: '登记意见建议失败' },
    );
    if (saved) setContent('');
  };
  const columns: LogColumn<Suggestion>[] = [
    { label: '日期', cell: (s) => s.date },
    { label: '渠道', cell: (s) => s.channel },
    { label: '内容', cell: (s) => s.content },
    { label: '提出人', cell: (s) => s.proposer },
    { label: '承办', cell: (s) => s.handledBy },
    {
      label: '采纳',
      cell: (s) => (
        <Select
          size="xs"
          w={100}
          data={ADOPTED}
          value={s.adopted === true ? 'yes' : s.adopted === false ? 'no' : 'open'}
          allowDeselect={false}
          onChange={(v) => {
            const { id, demo: _demo, ...rest } = s;
            void runAction(() => saveSuggestion(db, id, { ...rest, adopted: adoptedOf(v) }), {
              failure: '修改意见建议失败',
            });
          }}
          aria-label={adoptedText(s.adopted)}
        />
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <LineInput label="日期" value={date} onChange={setDate} w={120} />
        <LineInput label="渠道" value={channel} onChange={setChannel} w={110} />
        <LineInput label="内容" value={content} onChange={setContent} w={320} />
        <LineInput label="提出人" value={proposer} onChange={setProposer} w={100} />
        <LineInput label="承办" value={handledBy} onChange={setHandledBy} w={100} />
        <Select
          label="采纳"
          data={ADOPTED}
          value={adopted}
          onChange={setAdopted}
          allowDeselect={false}
          w={100}
        />
        <Button onClick={() => void add()}>登记</Button>
      </Group>
      <Text size="sm">
        共 {list.length} 条，已采纳 {list.filter((s) => s.adopted === true).length} 条
      </Text>
      <LogTable
        testId="suggestion-list"
        rows={list}
        columns={columns}
        onDelete={(s) => deleteSuggestion(db, s.id)}
        deleteFailure="删除意见建议失败"
      />
    </Stack>
  );
}
