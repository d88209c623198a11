import { Anchor, Box, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { buildAssistanceLedger } from '../../shared/ledgers/hardship';
import { PrintPreview } from '../print';
import { AssistanceLedgerView } from './print/AssistanceLedgerView';
import { useUnionName, useYearAssistance } from './useHardship';

/** 打印帮扶台账: the year's 困难职工帮扶台账, A4 landscape. */
export function LedgerPrintPage() {
  const { year = '' } = useParams();
  const y = Number(year) || new Date().getFullYear();
  const data = useYearAssistance(y);
  const unionName = useUnionName();
  const ledger = useMemo(
    () =>
      data && unionName !== undefined
        ? buildAssistanceLedger({
            unionName,
            from: `${y}-01-01`,
            to: `${y}-12-31`,
            records: data.records,
            files: data.files,
            people: data.people,
            madeOn: todayIso(),
          })
        : null,
    [data, unionName, y],
  );
  if (!ledger) return <Loader />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="ledger-print"
    >
      <PrintPreview
        title={ledger.title}
        landscape
        document={<AssistanceLedgerView ledger={ledger} />}
        notice={
          <Anchor component={Link} to="/hardship?tab=assistance" size="sm">
            ← 返回帮扶台账
          </Anchor>
        }
      />
    </Box>
  );
}
