import { Anchor, Box, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFiles } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { todayIso } from '../../../shared/core/text';
import type { LedgerData } from '../../../shared/ledgers';
import { exportWorkbook } from '../../../shared/ledgers/workbook';
import { yearPack } from '../../../shared/ledgers/yearEnd';
import { useDb, usePlatform } from '../../app/AppContext';
import { showError } from '../../app/showUndo';
import { PrintPreview } from '../../print';
import { LedgerLoading } from '../LedgerLoading';
import { usePeriodChoice, useYearEndView } from '../useYearEnd';
import { YearPackView } from './YearPackView';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * 打印年度台账 (issue 14 item 4): the inspection pack in one print preview — 打印 and 保存为PDF
 * through the print engine, 导出年度台账 Excel (the 年度台账 workbook) beside them, and
 * 保存年度台账（PDF + Excel） saving both under the pack's name.
 */
export function YearPackPage({ data }: { data: LedgerData | undefined }) {
  const { choice } = usePeriodChoice(data);
  const view = useYearEndView(data, choice);
  const { search } = useLocation();
  const db = useDb();
  const platform = usePlatform();
  const [busy, setBusy] = useState<'xlsx' | 'both' | null>(null);
  // The pages are drawn after a first paint that says so: a 5,000-member pack takes seconds.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setDrawn(true), 0);
    return () => clearTimeout(t);
  }, []);
  const pack = useMemo(() => {
    if (!data || !view || view.error) return null;
    return yearPack({
      data,
      period: view.period,
      year: choice.mode === 'year' ? choice.year : null,
      madeOn: todayIso(),
      groups: view.groups,
    });
  }, [data, view, choice.mode, choice.year]);
  if (!view) return <LedgerLoading />;

  const saveXlsx = async (): Promise<string | null> => {
    if (!pack) return null;
    const { bytes } = await exportWorkbook(db, Number(view.period.to.slice(0, 4)));
    const r = await platform.saveFile({
      suggestedName: `${pack.name}.xlsx`,
      data: bytes,
      filters: XLSX_FILTER,
    });
    return r.saved ? r.path : null;
  };
  const run = async (kind: 'xlsx' | 'both') => {
    if (!pack) return;
    setBusy(kind);
    try {
      const saved: string[] = [];
      if (kind === 'both') {
        // A cancelled PDF dialog still offers the workbook: she asked for both.
        const pdf = await platform.printToPdf({ title: pack.name });
        if (pdf.saved) saved.push(pdf.path);
      }
      const xlsx = await saveXlsx();
      if (xlsx) saved.push(xlsx);
      if (saved.length > 0)
        notifications.show({ color: 'teal', title: '已保存年度台账', message: saved.join('\n') });
    } catch (e) {
      showError('保存年度台账失败', e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="year-pack-print"
    >
      <PrintPreview
        title={pack?.name ?? '年度台账'}
        document={
          pack && drawn ? (
            <YearPackView pack={pack} />
          ) : pack ? (
            <Text c="dimmed" p="md" data-testid="year-pack-drawing">
              正在排版年度台账（共 {pack.pageCount} 页）……
            </Text>
          ) : null
        }
        notice={
          <>
            <Anchor component={Link} to={`/year-end${search}`} size="sm">
              ← 返回年度统计
            </Anchor>
            {pack && (
              <Text size="sm" c="dimmed" data-testid="year-pack-summary">
                共 {pack.pageCount} 页：封面、目录和 {pack.registers.length} 种台账
                {pack.registers.some((r) => r.empty)
                  ? `（其中 ${pack.registers.filter((r) => r.empty).length} 种本年度无记录，各印一页说明）`
                  : ''}
                。
              </Text>
            )}
            {view.error && <Text c="red">{view.error}</Text>}
          </>
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} />}
              onClick={() => void run('xlsx')}
              loading={busy === 'xlsx'}
              disabled={!pack}
              data-testid="year-pack-xlsx"
            >
              导出年度台账 Excel
            </Button>
            <Button
              variant="default"
              leftSection={<IconFiles size={18} />}
              onClick={() => void run('both')}
              loading={busy === 'both'}
              disabled={!pack}
              data-testid="year-pack-save-both"
            >
              保存年度台账（PDF + Excel）
            </Button>
          </>
        }
      />
    </Box>
  );
}
