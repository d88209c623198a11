import { Anchor, Box, Button, Group, NumberInput, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { buildRollupPrint, rollupFileName, rollupXlsx } from '../../shared/ledgers/township';
import { usePlatform } from '../app/AppContext';
import { showError } from '../app/showUndo';
import { PrintPreview, YearReportView } from '../print';
import { useProfile } from '../union';
import { CollectTab } from './CollectTab';
import { FiguresTab } from './FiguresTab';
import { SentTab } from './SentTab';
import { SharedTab } from './SharedTab';
import { useRollup, useRollupYear, type RollupView } from './useRollup';

/** 台账汇总 (issue 15): collect the affiliated unions' packages and roll up their figures. */
export function RollupPage() {
  const [year, setYear] = useRollupYear();
  const view = useRollup(year);
  const profile = useProfile();
  const federation = profile?.unionName ?? '';
  return (
    <Routes>
      <Route
        index
        element={<RollupHome year={year} setYear={setYear} view={view} federation={federation} />}
      />
      <Route
        path="print"
        element={<RollupPrint year={year} view={view} federation={federation} />}
      />
    </Routes>
  );
}

const title = (federation: string, year: number) => `${federation}${year}年度台账汇总`;

function RollupHome({
  year,
  setYear,
  view,
  federation,
}: {
  year: number;
  setYear: (y: number) => void;
  view: RollupView | undefined;
  federation: string;
}) {
  const platform = usePlatform();
  const navigate = useNavigate();
  const exportXlsx = async () => {
    if (!view) return;
    try {
      const name = rollupFileName(federation, year);
      const saved = await platform.saveFile({
        suggestedName: name,
        data: rollupXlsx({
          title: title(federation, year),
          rollup: view.rollup,
          shared: view.shared,
        }),
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (saved.saved) notifications.show({ color: 'teal', title: '已导出', message: name });
    } catch (e) {
      showError('导出台账汇总失败', e);
    }
  };
  return (
    <Stack gap="md" maw={1100} data-testid="rollup-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>台账汇总</Title>
          <Text c="dimmed" size="sm">
            收取下属工会的年度台账，汇总全部年度统计数字
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          <NumberInput
            label="统计年度"
            value={year}
            min={2000}
            max={2100}
            w={110}
            onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setYear(v)}
            data-testid="rollup-year"
          />
          <Button
            variant="default"
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`print?year=${year}`)}
            disabled={!view}
          >
            打印汇总表
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} />}
            onClick={() => void exportXlsx()}
            disabled={!view}
          >
            导出 Excel
          </Button>
        </Group>
      </Group>
      {!view ? (
        <Text c="dimmed">正在读取……</Text>
      ) : (
        <Tabs defaultValue="collect" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="collect">收取台账包</Tabs.Tab>
            <Tabs.Tab value="figures">汇总统计</Tabs.Tab>
            <Tabs.Tab value="sent">
              报送情况（{view.rollup.sentCount}/{view.rollup.sentCount + view.rollup.missingCount}）
            </Tabs.Tab>
            <Tabs.Tab value="shared">重复人员</Tabs.Tab>
          </Tabs.List>
          <Box pt="md">
            <Tabs.Panel value="collect">
              <CollectTab year={year} packages={view.packages} />
            </Tabs.Panel>
            <Tabs.Panel value="figures">
              <FiguresTab rollup={view.rollup} />
            </Tabs.Panel>
            <Tabs.Panel value="sent">
              <SentTab rollup={view.rollup} />
            </Tabs.Panel>
            <Tabs.Panel value="shared">
              <SharedTab shared={view.shared} />
            </Tabs.Panel>
          </Box>
        </Tabs>
      )}
    </Stack>
  );
}

function RollupPrint({
  year,
  view,
  federation,
}: {
  year: number;
  view: RollupView | undefined;
  federation: string;
}) {
  const report = useMemo(
    () =>
      view
        ? buildRollupPrint({
            title: title(federation, year),
            federationName: federation,
            madeOn: todayIso(),
            rollup: view.rollup,
          })
        : null,
    [view, federation, year],
  );
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="rollup-print"
    >
      <PrintPreview
        title={title(federation, year)}
        document={report ? <YearReportView report={report} /> : null}
        notice={
          <Anchor component={Link} to={`/rollup?year=${year}`} size="sm">
            ← 返回台账汇总
          </Anchor>
        }
      />
    </Box>
  );
}
