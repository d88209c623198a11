import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { formatChineseDate, todayIso } from '../../shared/core/text';
import type { LedgerData } from '../../shared/ledgers';
import {
  periodText,
  statsTableFileName,
  statsTableXlsx,
  typedValueError,
  type StatsTableRow,
} from '../../shared/ledgers/yearEnd';
import { usePlatform } from '../app/AppContext';
import { PrintPreview } from '../print';
import { LedgerLoading } from './LedgerLoading';
import { StatsTablePrint } from './StatsTablePrint';
import { useStatsTable } from './useStatsTable';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** 基层工会年度统计表 (issue 14 item 5): the table and its 打印 view, under /year-end/stats-table. */
export function StatsTablePage({ data }: { data: LedgerData | undefined }) {
  return (
    <Routes>
      <Route index element={<StatsTableScreen data={data} />} />
      <Route path="print" element={<StatsTablePrintScreen data={data} />} />
    </Routes>
  );
}

function StatsTableScreen({ data }: { data: LedgerData | undefined }) {
  const platform = usePlatform();
  const navigate = useNavigate();
  const { search } = useLocation();
  const model = useStatsTable(data);
  if (model === undefined) return <LedgerLoading />;
  if (model === null)
    return (
      <Text c="red">
        统计期不正确，请先在年度统计页选择统计期。{' '}
        <Anchor component={Link} to={`/year-end${search}`}>
          返回
        </Anchor>
      </Text>
    );

  const exportXlsx = async () => {
    try {
      const result = await platform.saveFile({
        suggestedName: statsTableFileName(model.title, todayIso()),
        data: statsTableXlsx(model),
        filters: XLSX_FILTER,
      });
      if (result.saved)
        notifications.show({ color: 'teal', title: '已导出', message: `已保存到 ${result.path}` });
    } catch (e) {
      notifications.show({
        color: 'red',
        title: '导出统计表失败',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  };
  const blanks = model.rows.filter((r) => r.source === null && r.value === '').length;

  return (
    <Stack gap="md" maw={1100} data-testid="stats-table-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to={`/year-end${search}`} size="sm">
            ← 返回年度统计
          </Anchor>
          <Title order={2}>基层工会年度统计表</Title>
          <Text c="dimmed" size="sm" data-testid="stats-table-period">
            {model.title} · 统计期：{periodText(model.period)}
          </Text>
        </div>
        <Group gap="xs">
          <Button
            leftSection={<IconPrinter size={18} />}
            onClick={() => void navigate(`/year-end/stats-table/print${search}`)}
            data-testid="stats-table-print-button"
          >
            打印
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} />}
            onClick={() => void exportXlsx()}
            data-testid="stats-table-export"
          >
            导出Excel
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        标明“台账”来源的数字由台账算出；其余各项请手工填写，填写后自动保存（按统计期分别保存）。
        {blanks > 0 ? `尚有 ${blanks} 项未填。` : '各项均已填写。'}
      </Text>
      <Table withTableBorder withColumnBorders striped data-testid="stats-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={130}>栏目</Table.Th>
            <Table.Th>项目</Table.Th>
            <Table.Th w={200}>数值</Table.Th>
            <Table.Th w={60}>单位</Table.Th>
            <Table.Th>来源</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.rows.map((r) => (
            <Table.Tr key={r.id} data-testid={`stats-row-${r.id}`}>
              <Table.Td>{r.section}</Table.Td>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td>
                {r.source ? (
                  <Text size="sm" ta="right" data-testid="stats-value">
                    {r.value}
                  </Text>
                ) : (
                  <TypedCell row={r} onSave={(text) => model.save(r.id, text)} />
                )}
              </Table.Td>
              <Table.Td>{r.unit}</Table.Td>
              <Table.Td>
                {r.source ? (
                  <Text size="xs">{r.source}</Text>
                ) : (
                  <Badge variant="light" color={r.value === '' ? 'orange' : 'gray'}>
                    {r.value === '' ? '待填写' : '手工填写'}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const PLACEHOLDER: Record<StatsTableRow['kind'], string> = {
  count: '整数',
  money: '金额（元）',
  rate: '百分数',
  yesNo: '是 / 否',
  text: '',
};

function showSaveError(e: unknown) {
  notifications.show({
    color: 'red',
    title: '保存失败',
    message: e instanceof Error ? e.message : String(e),
  });
}

/** A cell the chair types; saved on leaving the field when it is valid. */
function TypedCell({
  row,
  onSave,
}: {
  row: StatsTableRow;
  onSave: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState(row.value);
  useEffect(() => setText(row.value), [row.value]);
  const error = typedValueError(row.kind, text);
  if (row.kind === 'yesNo')
    return (
      <Select
        size="xs"
        data={['是', '否']}
        value={row.value === '' ? null : row.value}
        placeholder="请选择"
        clearable
        aria-label={row.label}
        onChange={(v) => void onSave(v ?? '').catch(showSaveError)}
        data-testid={`stats-input-${row.id}`}
      />
    );
  const commit = () => {
    if (error || text.trim() === row.value) return;
    void onSave(text).catch(showSaveError);
  };
  return (
    <TextInput
      size="xs"
      value={text}
      placeholder={PLACEHOLDER[row.kind]}
      aria-label={row.label}
      error={error}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      data-testid={`stats-input-${row.id}`}
    />
  );
}

function StatsTablePrintScreen({ data }: { data: LedgerData | undefined }) {
  const model = useStatsTable(data);
  const { search } = useLocation();
  if (model === undefined) return <LedgerLoading />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="stats-table-print"
    >
      <PrintPreview
        title={model?.title ?? '基层工会年度统计表'}
        document={
          model ? (
            <StatsTablePrint
              title={model.title}
              unionName={data?.profile?.unionName ?? ''}
              periodText={periodText(model.period)}
              madeOn={formatChineseDate(todayIso())}
              rows={model.rows}
            />
          ) : null
        }
        notice={
          <Anchor component={Link} to={`/year-end/stats-table${search}`} size="sm">
            ← 返回统计表
          </Anchor>
        }
      />
      {model === null && <Text c="red">统计期不正确，请先在年度统计页选择统计期。</Text>}
    </Box>
  );
}
