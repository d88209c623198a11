import { Autocomplete, Button, Group, Modal, NumberInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { setParticipantResult } from '../../shared/ledgers/activities';
import { AWARDS, type Participant } from '../../shared/ledgers/activities';
import { useDb } from '../app/AppContext';
import { notifyError } from '../app/notify';

/** 登记比赛结果: 名次, 奖项 (一二三等奖/优秀奖 or typed), 分数. Mount with a key per participant. */
export function ResultModal({
  participant,
  name,
  onClose,
}: {
  participant: Participant | null;
  name: string;
  onClose: () => void;
}) {
  const db = useDb();
  const [rank, setRank] = useState<number | string>(participant?.result?.rank ?? '');
  const [award, setAward] = useState(participant?.result?.award ?? '');
  const [score, setScore] = useState<number | string>(participant?.result?.score ?? '');

  const save = async () => {
    if (!participant) return;
    try {
      await setParticipantResult(db, participant.id, {
        ...(typeof rank === 'number' ? { rank } : {}),
        ...(award.trim() ? { award } : {}),
        ...(typeof score === 'number' ? { score } : {}),
      });
      onClose();
    } catch (e) {
      notifyError(e, '没有保存');
    }
  };

  return (
    <Modal opened={participant !== null} onClose={onClose} title={`比赛结果：${name}`}>
      <Stack>
        <Group grow>
          <NumberInput label="名次" min={1} allowDecimal={false} value={rank} onChange={setRank} />
          <Autocomplete
            label="奖项"
            data={[...AWARDS]}
            value={award}
            onChange={setAward}
            placeholder="一等奖"
          />
          <NumberInput label="分数" decimalScale={2} value={score} onChange={setScore} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={() => void save()}>保存</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
