import { Anchor, Box, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { buildYearReportPrint } from '../../shared/ledgers/yearEnd';
import { PrintPreview, YearReportView } from '../print';
import type { LedgerData } from '../../shared/ledgers';
import { LedgerLoading } from './LedgerLoading';
import { usePeriodChoice, useYearEndView } from './useYearEnd';

/** 打印年度统计: the figures and the activities table as A4 pages through the print engine. */
export function YearEndPrintPage({ data }: { data: LedgerData | undefined }) {
  const { choice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const { search } = useLocation();
  const report = useMemo(() => {
    if (!view || view.error) return null;
    return buildYearReportPrint({
      title: view.title,
      unionName: data?.profile?.unionName ?? '',
      period: view.period,
      madeOn: todayIso(),
      groups: view.groups,
      activities: view.activities,
    });
  }, [view, data]);
  if (!view) return <LedgerLoading />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="year-end-print"
    >
      <PrintPreview
        title={view.title}
        document={report ? <YearReportView report={report} /> : null}
        notice={
          <Anchor component={Link} to={`/year-end${search}`} size="sm">
            ← 返回年度统计
          </Anchor>
        }
      />
      {view.error && <Text c="red">{view.error}</Text>}
    </Box>
  );
}
