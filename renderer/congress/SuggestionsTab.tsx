import { Button, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { parseDateText, todayIso } from '../../shared/core/text';
import { deleteSuggestion, saveSuggestion } from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { action, runAction } from '../app/notify';
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
          label="渠道"
          value={channel}
          onChange={(e) => setChannel(e.currentTarget.value)}
          w={110}
        />
        <TextInput
          label="内容"
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          w={320}
        />
        <TextInput
          label="提出人"
          value={proposer}
          onChange={(e) => setProposer(e.currentTarget.value)}
          w={100}
        />
        <TextInput
          label="承办"
          value={handledBy}
          onChange={(e) => setHandledBy(e.currentTarget.value)}
          w={100}
        />
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
      <Table striped data-testid="suggestion-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>日期</Table.Th>
            <Table.Th>渠道</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th>提出人</Table.Th>
            <Table.Th>承办</Table.Th>
            <Table.Th>采纳</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.date}</Table.Td>
              <Table.Td>{s.channel}</Table.Td>
              <Table.Td>{s.content}</Table.Td>
              <Table.Td>{s.proposer}</Table.Td>
              <Table.Td>{s.handledBy}</Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  w={100}
                  data={ADOPTED}
                  value={s.adopted === true ? 'yes' : s.adopted === false ? 'no' : 'open'}
                  allowDeselect={false}
                  onChange={(v) => {
                    const { id, demo: _demo, ...rest } = s;
                    void runAction(
                      () => saveSuggestion(db, id, { ...rest, adopted: adoptedOf(v) }),
                      { failure: '修改意见建议失败' },
                    );
                  }}
                  aria-label={adoptedText(s.adopted)}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={action(() => deleteSuggestion(db, s.id), '删除意见建议失败')}
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
