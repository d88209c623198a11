import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconBooks,
  IconFileSpreadsheet,
  IconFileText,
  IconPrinter,
  IconTable,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import type { Figure, LedgerData } from '../../shared/ledgers';
import { periodText } from '../../shared/ledgers/yearEnd';
import { ExportWorkbookButton } from '../workbook';
import { YearElections } from '../elections';
import { ActivitiesTable } from './ActivitiesTable';
import { CongressYearTable } from '../congress';
import { FigureGroups } from './FigureGroups';
import { FigureRecords } from './FigureRecords';
import { LedgerLoading } from './LedgerLoading';
import { PeriodPicker } from './PeriodPicker';
import { StatsTablePage } from './StatsTablePage';
import { YearCheck } from './YearCheck';
import { YearCheckPrintPage } from './YearCheckPrintPage';
import { YearEndPrintPage } from './YearEndPrintPage';
import { YearSummaryPage } from './YearSummaryPage';
import { YearPackPage } from './pack/YearPackPage';
import { useLedgerData, usePeriodChoice, useYearEndView } from './useYearEnd';
import { useYearReportExport } from './useYearReportExport';

/** 年度统计 (LEDGERS.md §8): the year's figures of every ledger and the records behind each. */
export function YearEndPage() {
  // Read once here, not in each route: changing the period only recomputes, and going to 打印
  // and back reads nothing again (about a second at township scale, bench yearEnd).
  const data = useLedgerData();
  return (
    <Routes>
      <Route index element={<YearEndFigures data={data} />} />
      <Route path="print" element={<YearEndPrintPage data={data} />} />
      <Route path="stats-table/*" element={<StatsTablePage data={data} />} />
      <Route path="summary" element={<YearSummaryPage data={data} />} />
      <Route path="check/print" element={<YearCheckPrintPage data={data} />} />
      <Route path="pack" element={<YearPackPage data={data} />} />
    </Routes>
  );
}

function YearEndFigures({ data }: { data: LedgerData | undefined }) {
  const { choice, setChoice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const [open, setOpen] = useState<Figure | null>(null);
  const exportXlsx = useYearReportExport();
  const navigate = useNavigate();
  const { search } = useLocation();
  if (!data || !view) return <LedgerLoading />;

  const label = choice.mode === 'year' ? `${choice.year}年度统计` : '年度统计';
  return (
    <Stack gap="md" maw={1100} data-testid="year-end-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>年度统计</Title>
          <Text c="dimmed" size="sm" data-testid="year-end-period">
            {view.title} · 统计期：{periodText(view.period)}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/year-end/print${search}`)}
            disabled={view.error !== null}
            data-testid="year-end-print-button"
          >
            打印
          </Button>
          <Button
            variant="default"
            leftSection={<IconBooks size={18} />}
            onClick={() => void navigate(`/year-end/pack${search}`)}
            disabled={view.error !== null}
            data-testid="year-end-pack-button"
          >
            打印年度台账
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} />}
            onClick={() => void exportXlsx(view, label)}
            disabled={view.error !== null}
            data-testid="year-end-export"
          >
            导出Excel
          </Button>
          <Button
            variant="default"
            leftSection={<IconTable size={18} />}
            onClick={() => void navigate(`/year-end/stats-table${search}`)}
            disabled={view.error !== null}
            data-testid="year-end-stats-table"
          >
            统计表
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileText size={18} />}
            onClick={() => void navigate(`/year-end/summary${search}`)}
            disabled={view.error !== null}
            data-testid="year-end-summary-button"
          >
            工作总结
          </Button>
          <ExportWorkbookButton year={Number(view.period.to.slice(0, 4))} />
        </Group>
      </Group>
      <PeriodPicker choice={choice} onChange={setChoice} />
      {view.error ? (
        <Alert color="red" title="统计期不正确">
          {view.error}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            每个数字都由台账算出：点击项目可查看计入的记录。
          </Text>
          <FigureGroups groups={view.groups} onOpen={setOpen} comparisons={view.comparisons} />
          <ActivitiesTable activities={view.activities} ids={view.activityIds} />
          <CongressYearTable data={data} period={view.period} />
          <YearElections data={data} period={view.period} />
          <YearCheck data={data} period={view.period} />
        </>
      )}
      <FigureRecords figure={open} data={data} period={view.period} onClose={() => setOpen(null)} />
    </Stack>
  );
}
