import { Button, Group, Modal, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import {
  setRoundTotals,
  type ElectionRound,
  type ElectionView,
} from '../../shared/ledgers/elections';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';

/**
 * 直接录入计票结果: when the ballots were counted on paper, the totals per candidate from the
 * 计票表 (弃权 follows from 有效票 − 赞成 − 反对).
 */
export function TotalsModal({
  opened,
  onClose,
  view,
  round,
}: {
  opened: boolean;
  onClose: () => void;
  view: ElectionView;
  round: ElectionRound;
}) {
  const db = useDb();
  const t = round.totals;
  const [valid, setValid] = useState(t?.valid ?? round.returned);
  const [invalid, setInvalid] = useState(t?.invalid ?? 0);
  const [counts, setCounts] = useState<Record<string, { for: number; against: number }>>(() =>
    Object.fromEntries(
      round.candidateIds.map((id) => [
        id,
        { for: t?.candidates[id]?.for ?? 0, against: t?.candidates[id]?.against ?? 0 },
      ]),
    ),
  );
  const name = (id: string) => view.candidates.find((c) => c.id === id)?.name ?? '';
  const save = action(async () => {
    await setRoundTotals(db, view.election.id, round.round, {
      valid,
      invalid,
      candidates: Object.fromEntries(
        round.candidateIds.map((id) => {
          const c = counts[id] ?? { for: 0, against: 0 };
          return [id, { for: c.for, against: c.against, abstain: valid - c.for - c.against }];
        }),
      ),
      writeIns: t?.writeIns ?? {},
    });
    onClose();
  }, '计票结果没有保存');
  const clear = action(async () => {
    await setRoundTotals(db, view.election.id, round.round, null);
    onClose();
  }, '没有改为逐张录入');
  const num = (v: string | number) => (typeof v === 'number' ? v : Number(v) || 0);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`第 ${round.round} 轮计票结果（按纸质计票表录入）`}
      size="lg"
    >
      <Stack>
        <Group>
          <NumberInput
            label="有效票"
            value={valid}
            onChange={(v) => setValid(num(v))}
            min={0}
            allowDecimal={false}
            w={120}
          />
          <NumberInput
            label="无效票"
            value={invalid}
            onChange={(v) => setInvalid(num(v))}
            min={0}
            allowDecimal={false}
            w={120}
          />
          <Text size="sm" c="dimmed">
            收回 {round.returned} 张
          </Text>
        </Group>
        <Table verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>赞成</Table.Th>
              <Table.Th>反对</Table.Th>
              <Table.Th>弃权</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.candidateIds.map((id) => {
              const c = counts[id] ?? { for: 0, against: 0 };
              const abstain = valid - c.for - c.against;
              return (
                <Table.Tr key={id}>
                  <Table.Td>{name(id)}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${name(id)} 赞成`}
                      size="xs"
                      w={90}
                      min={0}
                      allowDecimal={false}
                      value={c.for}
                      onChange={(v) => setCounts({ ...counts, [id]: { ...c, for: num(v) } })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${name(id)} 反对`}
                      size="xs"
                      w={90}
                      min={0}
                      allowDecimal={false}
                      value={c.against}
                      onChange={(v) => setCounts({ ...counts, [id]: { ...c, against: num(v) } })}
                    />
                  </Table.Td>
                  <Table.Td c={abstain < 0 ? 'red' : undefined}>{abstain}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          {round.entry === 'totals' ? (
            <Button variant="subtle" color="red" onClick={clear}>
              清除，改为逐张录入
            </Button>
          ) : (
            <span />
          )}
          <Button onClick={save}>保存计票结果</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
