import { Anchor, Box, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { todayIso } from '../../shared/core/text';
import type { LedgerData } from '../../shared/ledgers';
import { buildYearCheckPrint, yearCheck } from '../../shared/ledgers/yearEnd';
import { PrintPreview, YearReportView } from '../print';
import { LedgerLoading } from './LedgerLoading';
import { usePeriodChoice, useYearEndView } from './useYearEnd';

/** 打印台账检查清单: the year check's items and records as A4 pages, to tick off on paper. */
export function YearCheckPrintPage({ data }: { data: LedgerData | undefined }) {
  const { choice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const { search } = useLocation();
  const report = useMemo(() => {
    if (!data || !view || view.error) return null;
    const today = todayIso();
    return buildYearCheckPrint({
      unionName: data.profile?.unionName ?? '',
      period: view.period,
      madeOn: today,
      items: yearCheck(data, view.period, today),
    });
  }, [view, data]);
  if (!view) return <LedgerLoading />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="year-check-print"
    >
      <PrintPreview
        title={report?.title ?? '台账检查清单'}
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
