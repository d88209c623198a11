import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  MAJORITY_BASES,
  MARGIN_RULE_SOURCE,
  MARK_RULE_SOURCE,
  QUORUM_WORDINGS,
  RETIRED_RULE_SOURCE,
  saveElectionRules,
  validateRules,
  type ElectionRules,
  type MajorityBase,
  type QuorumWording,
} from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useElectionRules } from './useElections';

const options = <K extends string>(o: Record<K, { label: string }>) =>
  (Object.keys(o) as K[]).map((value) => ({ value, label: o[value].label }));

/** 选举规则: the defaults a new election copies, each with its source. */
export function RulesPanel() {
  const db = useDb();
  const stored = useElectionRules();
  const [rules, setRules] = useState<ElectionRules | null>(null);
  useEffect(() => {
    if (stored) setRules(stored);
  }, [stored]);
  if (!rules) return null;
  const errors = validateRules(rules);
  const set = (patch: Partial<ElectionRules>) => setRules({ ...rules, ...patch });
  const save = action(
    async () => showUndo(db, await saveElectionRules(db, rules)),
    '选举规则没有保存',
  );
  return (
    <Paper withBorder p="md" data-testid="election-rules">
      <Title order={4}>选举规则（新建选举时采用，每项选举可单独修改）</Title>
      <Stack gap="sm" mt="sm">
        <Select
          label="到会人数"
          data={options(QUORUM_WORDINGS)}
          value={rules.quorum}
          onChange={(v) => v && set({ quorum: v as QuorumWording })}
          description={QUORUM_WORDINGS[rules.quorum].source}
          allowDeselect={false}
        />
        <Select
          label="当选须获得过半数赞成票，基数为"
          data={options(MAJORITY_BASES)}
          value={rules.majorityBase}
          onChange={(v) => v && set({ majorityBase: v as MajorityBase })}
          description={MAJORITY_BASES[rules.majorityBase].source}
          allowDeselect={false}
        />
        <NumberInput
          label="差额率（%）"
          value={Math.round(rules.marginRate * 1000) / 10}
          onChange={(v) => set({ marginRate: (typeof v === 'number' ? v : 0) / 100 })}
          min={0}
          max={100}
          decimalScale={1}
          description={MARGIN_RULE_SOURCE}
          error={errors.marginRate}
        />
        <Switch
          label="保留会籍的退休会员计入应到会有选举权人数"
          checked={rules.retiredVote}
          onChange={(e) => set({ retiredVote: e.currentTarget.checked })}
          description={RETIRED_RULE_SOURCE}
        />
        <Group align="flex-end">
          <TextInput
            label="同意"
            w={80}
            value={rules.marks.for}
            onChange={(e) => set({ marks: { ...rules.marks, for: e.currentTarget.value } })}
          />
          <TextInput
            label="不同意"
            w={80}
            value={rules.marks.against}
            onChange={(e) => set({ marks: { ...rules.marks, against: e.currentTarget.value } })}
          />
          <TextInput
            label="弃权"
            w={80}
            placeholder="不画"
            value={rules.marks.abstain}
            onChange={(e) => set({ marks: { ...rules.marks, abstain: e.currentTarget.value } })}
          />
          <Text size="xs" c="dimmed" pb={8}>
            {MARK_RULE_SOURCE}
          </Text>
        </Group>
        {errors.marks && (
          <Text size="sm" c="red">
            {errors.marks}
          </Text>
        )}
        <Group>
          <Button onClick={save} disabled={Object.keys(errors).length > 0}>
            保存规则
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
