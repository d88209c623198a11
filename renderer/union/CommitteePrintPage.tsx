import { Anchor, Box, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { buildCommitteeRoll, type UnionProfile } from '../../shared/ledgers/union';
import { CommitteeRollView, PrintPreview } from '../print';
import { useCommitteeRoll } from './useCommittee';

/** 打印名单: the 工会委员会名单 of the profile's term, those in office today, as A4 pages. */
export function CommitteePrintPage({ profile }: { profile: UnionProfile }) {
  const today = todayIso();
  const data = useCommitteeRoll(profile.termNumber, today);
  const roll = useMemo(
    () =>
      data
        ? buildCommitteeRoll({
            unionName: profile.unionName,
            termNumber: profile.termNumber,
            termStart: profile.termStart,
            termEnd: profile.termEnd,
            madeOn: today,
            officers: data.view.officers,
            people: data.people,
          })
        : null,
    [data, profile, today],
  );
  if (!roll) return <Loader size="sm" />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="committee-print"
    >
      <PrintPreview
        title={roll.title}
        document={<CommitteeRollView roll={roll} />}
        notice={
          <Anchor component={Link} to="/settings?tab=committee" size="sm">
            ← 返回工会委员会
          </Anchor>
        }
      />
    </Box>
  );
}
