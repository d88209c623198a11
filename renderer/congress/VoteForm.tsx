import { Autocomplete, Button, Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import { VOTE_METHODS, saveVote, type VoteMethod } from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';

/** 登记表决: an agenda item (or any text), 举手/无记名, and the counts. */
export function VoteForm({
  sessionId,
  agenda,
  present,
}: {
  sessionId: string;
  agenda: string[];
  present: number;
}) {
  const db = useDb();
  const [item, setItem] = useState('');
  const [method, setMethod] = useState<VoteMethod>('举手');
  const [counts, setCounts] = useState<[number | string, number | string, number | string]>([
    '',
    0,
    0,
  ]);
  const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);
  const submit = async () => {
    const saved = await runAction(
      () =>
        saveVote(db, sessionId, null, {
          item,
          method,
          for: num(counts[0]),
          against: num(counts[1]),
          abstain: num(counts[2]),
        }),
      { failure: '登记表决失败' },
    );
    if (saved) {
      setItem('');
      setCounts(['', 0, 0]);
    }
  };
  return (
    <Group align="flex-end" gap="xs" data-testid="vote-form">
      <Autocomplete label="表决事项" data={agenda} value={item} onChange={setItem} w={320} />
      <Select
        label="方式"
        data={[...VOTE_METHODS]}
        value={method}
        onChange={(v) => v && setMethod(v as VoteMethod)}
        allowDeselect={false}
        w={100}
      />
      {(['赞成', '反对', '弃权'] as const).map((label, i) => (
        <NumberInput
          key={label}
          label={label}
          min={0}
          max={present}
          allowDecimal={false}
          w={80}
          value={counts[i]}
          onChange={(v) => setCounts((c) => c.map((x, k) => (k === i ? v : x)) as typeof c)}
        />
      ))}
      <Button onClick={() => void submit()}>登记表决</Button>
    </Group>
  );
}
