import { Button, Loader, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  CONGRESS_SETTING_LABELS,
  CONGRESS_SETTING_SOURCES,
  MAJORITY_BASES,
  QUORUM_WORDINGS,
  atLeastTwoThirds,
  majorityOf,
  moreThanTwoThirds,
  saveCongressSettings,
  type CongressSettings,
  type MajorityBase,
  type QuorumWording,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';
import { useCongressSettings } from './useCongress';

function Source({ k }: { k: keyof CongressSettings }) {
  return (
    <Text size="xs" c="dimmed">
      依据：{CONGRESS_SETTING_SOURCES[k]}
    </Text>
  );
}

/** 教代会规则: each rule with its wording and its source; new sessions take them, held ones keep theirs. */
export function RulesTab() {
  const db = useDb();
  const saved = useCongressSettings();
  const [s, setS] = useState<CongressSettings | null>(null);
  useEffect(() => {
    if (saved && !s) setS(saved);
  }, [saved, s]);
  if (!s) return <Loader size="sm" />;
  const set = <K extends keyof CongressSettings>(k: K, v: CongressSettings[K]) =>
    setS({ ...s, [k]: v });
  const pct = (k: 'teacherMinPct' | 'leadersMaxPct' | 'womenGapPct' | 'minCoSigners') => (
    <div key={k}>
      <NumberInput
        label={CONGRESS_SETTING_LABELS[k]}
        min={0}
        max={k === 'minCoSigners' ? 20 : 100}
        allowDecimal={false}
        value={s[k]}
        onChange={(v) => set(k, typeof v === 'number' ? v : Number.NaN)}
        w={280}
      />
      <Source k={k} />
    </div>
  );
  return (
    <Stack gap="md" maw={760}>
      <div>
        <Select
          label={CONGRESS_SETTING_LABELS.quorum}
          data={QUORUM_WORDINGS.map((w) => ({ value: w, label: `${w}代表出席` }))}
          value={s.quorum}
          onChange={(v) => v && set('quorum', v as QuorumWording)}
          allowDeselect={false}
          w={280}
        />
        <Text size="xs">
          例：30 名代表，“三分之二以上”至少 {atLeastTwoThirds(30)} 人（含本数），“超过三分之二”至少{' '}
          {moreThanTwoThirds(30)} 人。
        </Text>
        <Source k="quorum" />
      </div>
      <div>
        <Select
          label={CONGRESS_SETTING_LABELS.majorityBase}
          data={MAJORITY_BASES.map((b) => ({ value: b, label: `${b}过半数` }))}
          value={s.majorityBase}
          onChange={(v) => v && set('majorityBase', v as MajorityBase)}
          allowDeselect={false}
          w={280}
        />
        <Text size="xs">
          例：30 名代表，过半数为 {majorityOf(30)} 票；31 名为 {majorityOf(31)} 票。
        </Text>
        <Source k="majorityBase" />
      </div>
      {pct('minCoSigners')}
      {pct('teacherMinPct')}
      {pct('leadersMaxPct')}
      {pct('womenGapPct')}
      <Button
        w={120}
        onClick={() =>
          void runAction(() => saveCongressSettings(db, s), { failure: '保存规则失败' })
        }
      >
        保存规则
      </Button>
      <Text size="xs" c="dimmed">
        新建的会议按这里的法定人数和表决规则；已登记的会议保留当时的规则（可在会议的“修改”中调整）。
      </Text>
    </Stack>
  );
}
