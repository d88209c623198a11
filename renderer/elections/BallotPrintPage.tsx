import {
  Anchor,
  Box,
  Loader,
  NumberInput,
  SegmentedControl,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { buildBallots } from '../../shared/ledgers/elections';
import { PrintPreview } from '../print';
import { BallotView } from './BallotView';
import { useElection, useUnionProfile } from './useElections';

/** 打印选票 for a round: as many as issued, numbered or not, one or two to a page. */
export function BallotPrintPage() {
  const { id = '', round = '1' } = useParams();
  const view = useElection(id);
  const profile = useUnionProfile();
  const r = view?.election.rounds.find((x) => x.round === Number(round));
  const [count, setCount] = useState<number | null>(null);
  const [numbered, setNumbered] = useState(true);
  const [perPage, setPerPage] = useState<'1' | '2'>('2');
  const defaultCount = r ? r.issued || view!.election.present || view!.election.entitled : 0;
  const sheet = useMemo(() => {
    if (!view || !r) return null;
    return buildBallots({
      unionName: profile?.unionName ?? '',
      termNumber: view.election.termNumber,
      office: view.election.office,
      round: r,
      candidates: r.candidateIds.map(
        (cid) => view.candidates.find((c) => c.id === cid)?.name ?? '',
      ),
      marks: view.election.rules.marks,
      options: { count: count ?? defaultCount, numbered, perPage: perPage === '2' ? 2 : 1 },
    });
  }, [view, r, profile, count, defaultCount, numbered, perPage]);
  if (view === undefined || profile === undefined) return <Loader />;
  if (!view || !r || !sheet) return <Text>找不到这一轮投票，可能已被删除或撤销。</Text>;
  const title = `${view.election.name}选票（第${r.round}轮）`;
  return (
    <Box h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <PrintPreview title={title} document={<BallotView sheet={sheet} />}>
        <Stack gap="sm">
          <Anchor component={Link} to={`/elections/${view.election.id}`} size="sm">
            ‹ {view.election.name}
          </Anchor>
          <Text size="sm" data-testid="ballot-summary">
            选票 {sheet.pages.flat().length} 张，共 {sheet.pageCount} 页；候选人{' '}
            {r.candidateIds.length} 人，应选 {r.seats} 人
          </Text>
          <NumberInput
            label="印制张数（发出选票）"
            value={count ?? defaultCount}
            onChange={(v) => setCount(typeof v === 'number' ? v : 0)}
            min={0}
            max={2000}
            allowDecimal={false}
          />
          <Switch
            label="印选票编号（No.001）"
            checked={numbered}
            onChange={(e) => setNumbered(e.currentTarget.checked)}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              每页张数
            </Text>
            <SegmentedControl
              data={[
                { value: '1', label: '一张' },
                { value: '2', label: '两张（裁开）' },
              ]}
              value={perPage}
              onChange={(v) => setPerPage(v as '1' | '2')}
            />
          </div>
          <Text size="xs" c="dimmed">
            划票符号在“换届选举”页的选举规则中设置（同意“{view.election.rules.marks.for}”，不同意“
            {view.election.rules.marks.against}”）。
          </Text>
        </Stack>
      </PrintPreview>
    </Box>
  );
}
