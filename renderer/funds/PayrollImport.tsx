import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso } from '../../shared/core/text';
import { isIsoDate } from '../../shared/core/text';
import {
  applyPayrollImport,
  readPayroll,
  type PayrollPreview,
} from '../../shared/ledgers/funds/import';
import { isMonth, monthText } from '../../shared/ledgers/funds';
import { useDb, usePlatform } from '../app/AppContext';
import { action } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { yuan } from './format';

/** 从工资表导入: pick the payroll's Excel, preview what it gives, write it as one batch. */
export function PayrollImportButton() {
  const db = useDb();
  const platform = usePlatform();
  const [preview, setPreview] = useState<PayrollPreview | null>(null);
  const today = todayIso();
  const [withBases, setWithBases] = useState(true);
  const [basesFrom, setBasesFrom] = useState(`${today.slice(0, 7)}-01`);
  const [withDues, setWithDues] = useState(true);
  const [month, setMonth] = useState(today.slice(0, 7));
  const [paidOn, setPaidOn] = useState(today);

  const pick = action(async () => {
    const file = await platform.openFile({
      title: '选择工资表',
      filters: [{ name: 'Excel 工资表', extensions: ['xlsx', 'xls', 'csv'] }],
    });
    if (!file) return;
    setPreview(readPayroll(file.data, file.name, await db.members.toArray()));
  }, '工资表无法读取');

  const hasBases = preview?.rows.some((r) => r.baseFen !== null) ?? false;
  const hasDues = preview?.rows.some((r) => r.duesFen !== null) ?? false;
  const ok =
    !!preview &&
    preview.rows.length > 0 &&
    ((withBases && hasBases && isIsoDate(basesFrom)) ||
      (withDues && hasDues && isMonth(month) && isIsoDate(paidOn)));

  return (
    <>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={pick}>
        从工资表导入
      </Button>
      <Modal
        opened={preview !== null}
        onClose={() => setPreview(null)}
        title="从工资表导入"
        size="xl"
      >
        {preview && (
          <Stack>
            <Text size="sm">
              {preview.file}
              {preview.sheet ? ` · 工作表“${preview.sheet}”` : ''}：可导入 {preview.rows.length}{' '}
              人，跳过 {preview.skipped} 行。
            </Text>
            {preview.columns.length > 0 && (
              <Text size="sm" c="dimmed">
                识别的列：
                {preview.columns.map((c) => `${c.field} ← ${c.header}（${c.letter}列）`).join('；')}
              </Text>
            )}
            {preview.issues.length > 0 && (
              <Alert color="orange" title={`${preview.issues.length} 个问题（这些行不导入）`}>
                <Stack gap={2}>
                  {preview.issues.slice(0, 20).map((i, k) => (
                    <Text key={k} size="sm">
                      {i.row ? `第 ${i.row} 行` : ''}
                      {i.column ? ` ${i.column} 列` : ''}：{i.message}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            {preview.rows.length > 0 && (
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>行</Table.Th>
                    <Table.Th>姓名</Table.Th>
                    <Table.Th ta="right">岗位工资</Table.Th>
                    <Table.Th ta="right">薪级工资</Table.Th>
                    <Table.Th ta="right">缴费基数</Table.Th>
                    <Table.Th ta="right">代扣会费</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.slice(0, 12).map((r) => (
                    <Table.Tr key={r.row}>
                      <Table.Td>{r.row}</Table.Td>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td ta="right">
                        {r.postWageFen === null ? '' : yuan(r.postWageFen)}
                      </Table.Td>
                      <Table.Td ta="right">
                        {r.gradeWageFen === null ? '' : yuan(r.gradeWageFen)}
                      </Table.Td>
                      <Table.Td ta="right">{r.baseFen === null ? '' : yuan(r.baseFen)}</Table.Td>
                      <Table.Td ta="right">{r.duesFen === null ? '' : yuan(r.duesFen)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            <Group align="flex-end">
              <Checkbox
                label="导入工资基数，起始日期"
                checked={withBases && hasBases}
                disabled={!hasBases}
                onChange={(e) => setWithBases(e.currentTarget.checked)}
              />
              <TextInput
                value={basesFrom}
                onChange={(e) => setBasesFrom(e.currentTarget.value)}
                w={130}
                disabled={!withBases || !hasBases}
              />
            </Group>
            <Group align="flex-end">
              <Checkbox
                label="导入代扣会费，所属月份"
                checked={withDues && hasDues}
                disabled={!hasDues}
                onChange={(e) => setWithDues(e.currentTarget.checked)}
              />
              <TextInput
                type="month"
                value={month}
                onChange={(e) => setMonth(e.currentTarget.value)}
                w={160}
                disabled={!withDues || !hasDues}
              />
              <TextInput
                label="缴纳日期"
                value={paidOn}
                onChange={(e) => setPaidOn(e.currentTarget.value)}
                w={130}
                disabled={!withDues || !hasDues}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                取消
              </Button>
              <Button
                disabled={!ok}
                onClick={action(async () => {
                  const batch = await applyPayrollImport(db, preview, {
                    basesFrom: withBases && hasBases ? basesFrom : null,
                    duesMonth: withDues && hasDues ? month : null,
                    paidOn,
                  });
                  setPreview(null);
                  const rolled = batch.summary['新生成会费名册'];
                  showUndo(
                    db,
                    batch,
                    `${batch.label}：工资基数 ${batch.summary['工资基数'] ?? 0} 人，${isMonth(month) ? monthText(month) : ''}会费 ${batch.summary['会费'] ?? 0} 人${rolled ? `；该月原无会费名册，已按花名册生成（${rolled} 人）` : ''}`,
                  );
                }, '导入失败，没有写入任何记录')}
              >
                导入
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
