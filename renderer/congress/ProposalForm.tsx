import {
  Autocomplete,
  Button,
  Group,
  Modal,
  MultiSelect,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../shared/core/text';
import { parseDateText } from '../../shared/core/text';
import {
  PROPOSAL_CATEGORIES,
  createProposal,
  updateProposal,
  type Proposal,
  type Representative,
  type Signer,
} from '../../shared/ledgers/congress';
import { useDb } from '../app/AppContext';
import { runAction } from '../app/notify';

/**
 * 登记/修改提案: 案由, the proposer and co-signers picked from the term's representatives (or
 * typed), category, reasons, suggestion, received date. The store checks the co-signer rule.
 */
export function ProposalForm({
  sessionId,
  representatives,
  proposal,
  opened,
  onClose,
}: {
  sessionId: string;
  representatives: readonly Representative[];
  proposal: Proposal | null;
  opened: boolean;
  onClose: () => void;
}) {
  const db = useDb();
  const [title, setTitle] = useState(proposal?.title ?? '');
  const [proposer, setProposer] = useState(proposal?.proposer.name ?? '');
  const [co, setCo] = useState<string[]>(proposal?.coSigners.map((s) => s.name) ?? []);
  const [category, setCategory] = useState(proposal?.category ?? '');
  const [reasons, setReasons] = useState(proposal?.reasons ?? '');
  const [suggestion, setSuggestion] = useState(proposal?.suggestion ?? '');
  const [received, setReceived] = useState(proposal?.receivedDate ?? todayIso());
  const names = [...new Set(representatives.map((r) => r.name))];
  const signer = (name: string): Signer => {
    const r = representatives.find((x) => x.name === name.trim());
    return { name: name.trim(), memberId: r?.memberId ?? null };
  };
  const save = async () => {
    const draft = {
      sessionId,
      title,
      proposer: signer(proposer),
      coSigners: co.map(signer),
      category,
      reasons,
      suggestion,
      receivedDate: parseDateText(received)?.date ?? '',
    };
    const saved = await runAction(
      () => (proposal ? updateProposal(db, proposal.id, draft) : createProposal(db, draft)),
      {
        failure: '保存提案失败',
      },
    );
    if (saved) onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={proposal ? '修改提案' : '登记提案'} size="lg">
      <Stack gap="sm" data-testid="proposal-form">
        <TextInput
          label="案由"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-autofocus
        />
        <Group grow>
          <Autocomplete label="提案人" data={names} value={proposer} onChange={setProposer} />
          <Autocomplete
            label="类别"
            data={[...PROPOSAL_CATEGORIES]}
            value={category}
            onChange={setCategory}
          />
          <TextInput
            label="收到日期"
            value={received}
            onChange={(e) => setReceived(e.currentTarget.value)}
          />
        </Group>
        <MultiSelect
          label="附议人"
          data={names.filter((n) => n !== proposer)}
          value={co}
          onChange={setCo}
          searchable
        />
        <Textarea
          label="理由"
          autosize
          minRows={2}
          value={reasons}
          onChange={(e) => setReasons(e.currentTarget.value)}
        />
        <Textarea
          label="建议（办法）"
          autosize
          minRows={2}
          value={suggestion}
          onChange={(e) => setSuggestion(e.currentTarget.value)}
        />
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
