import { useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Tooltip,
} from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { maskIdNumber, maskPhone } from '../../../shared/core/ids';
import type { ImportIssue, ImportedRow } from '../../../shared/ledgers/roster/import';
import type { FixableField } from '../../../shared/ledgers/roster';
import { fieldValueText } from '../../../shared/ledgers/roster';
import { FixRowModal } from './FixRowModal';
import { issuesPerRow, type ImportSession } from './useImportSession';
import classes from './PreviewStep.module.css';

type Filter = 'all' | 'problems' | 'errors';

export interface PreviewStepProps {
  session: ImportSession;
  onFix: (index: number, changes: Partial<Record<FixableField, string>>) => void;
  onToggleSkip: (index: number, skip: boolean) => void;
}

const COLS: { key: keyof ImportedRow; label: string; width: number }[] = [
  { key: 'name', label: '姓名', width: 80 },
  { key: 'gender', label: '性别', width: 36 },
  { key: 'idNumber', label: '身份证号', width: 165 },
  { key: 'birthDate', label: '出生日期', width: 90 },
  { key: 'department', label: '部门', width: 90 },
  { key: 'unionGroup', label: '工会小组', width: 90 },
  { key: 'phone', label: '手机', width: 105 },
  { key: 'status', label: '状态', width: 40 },
  { key: 'isMember', label: '会员', width: 40 },
];

/** Every row of the file with its problems at row and column; fix in place or skip. */
export function PreviewStep({ session, onFix, onToggleSkip }: PreviewStepProps) {
  const [filter, setFilter] = useState<Filter>(() =>
    session.issues.length > 0 ? 'problems' : 'all',
  );
  const [reveal, setReveal] = useState(false);
  const [fixing, setFixing] = useState<number | null>(null);
  const perRow = useMemo(
    () => issuesPerRow(session.rows, session.issues),
    [session.rows, session.issues],
  );
  const issuesOf = (index: number) => perRow[index] ?? [];

  const visible = useMemo(() => {
    const idx: number[] = [];
    for (let i = 0; i < session.rows.length; i++) {
      const list = perRow[i];
      if (
        filter === 'all' ||
        (filter === 'errors' ? !!list?.some((x) => x.severity === 'error') : !!list)
      )
        idx.push(i);
    }
    return idx;
  }, [session.rows, perRow, filter]);

  const { errors, problems } = useMemo(() => {
    let errors = 0;
    let problems = 0;
    for (let i = 0; i < session.rows.length; i++) {
      if (session.rows[i]!.hasError) errors++;
      if (perRow[i]) problems++;
    }
    return { errors, problems };
  }, [session.rows, perRow]);
  const parentRef = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: visible.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 44,
    overscan: 10,
  });

  const show = (r: ImportedRow, k: keyof ImportedRow) => {
    const value = r[k];
    if (value === null || value === undefined) return '';
    if (k === 'idNumber') {
      // A number that is not a 居民身份证 says which document it is (港澳 H12345678).
      const kind = r.idType && r.idType !== '居民身份证' ? `${r.idType.slice(0, 2)} ` : '';
      return kind + (reveal ? String(value) : maskIdNumber(String(value)));
    }
    if (k === 'phone' && !reveal) return maskPhone(String(value));
    return fieldValueText(k, value);
  };
  const cellIssue = (list: ImportIssue[], k: keyof ImportedRow) => list.find((i) => i.field === k);

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="xs">
          <Text size="sm">
            共 {session.rows.length} 行，其中 <b>{errors}</b> 行有错误（修正或跳过），
            {problems - errors} 行有提醒。
          </Text>
        </Group>
        <Group>
          <Switch
            label="显示完整证件号和电话"
            checked={reveal}
            onChange={(e) => setReveal(e.currentTarget.checked)}
          />
          <SegmentedControl
            value={filter}
            onChange={(x) => setFilter(x as Filter)}
            data={[
              { value: 'problems', label: `有问题 ${problems}` },
              { value: 'errors', label: `仅错误 ${errors}` },
              { value: 'all', label: `全部 ${session.rows.length}` },
            ]}
          />
        </Group>
      </Group>
      <div className={classes.table} data-testid="preview-table">
        <div className={classes.head}>
          <div style={{ width: 56 }}>行号</div>
          {COLS.map((c) => (
            <div key={c.key} style={{ width: c.width }}>
              {c.label}
            </div>
          ))}
          <div className={classes.grow}>问题</div>
          <div style={{ width: 112 }} />
        </div>
        <div ref={parentRef} className={classes.body}>
          {visible.length === 0 && (
            <Text p="md" c="dimmed">
              {filter === 'all' ? '文件中没有数据行。' : '没有需要处理的行。'}
            </Text>
          )}
          <div style={{ height: v.getTotalSize(), position: 'relative' }}>
            {v.getVirtualItems().map((item) => {
              const index = visible[item.index]!;
              const r = session.rows[index]!;
              const list = issuesOf(index);
              const skipped = session.skipped.has(index);
              return (
                <div
                  key={item.key}
                  className={classes.row}
                  data-error={r.hasError || undefined}
                  data-skipped={skipped || undefined}
                  data-testid={`preview-row-${r.row}`}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <div style={{ width: 56 }}>
                    {session.result.sheets.filter((s) => s.imported).length > 1
                      ? `${r.sheet} `
                      : ''}
                    {r.row}
                  </div>
                  {COLS.map((c) => {
                    const issue = cellIssue(list, c.key);
                    return (
                      <div key={c.key} style={{ width: c.width }} data-issue={issue?.severity}>
                        {show(r, c.key) ||
                          (issue ? <i>{r.raw[issue.header ?? ''] || '（空）'}</i> : '')}
                      </div>
                    );
                  })}
                  <div className={classes.grow}>
                    {list.map((i, k) => (
                      <Tooltip key={k} label={i.message} multiline w={320}>
                        <Badge
                          size="sm"
                          variant="light"
                          color={i.severity === 'error' ? 'red' : 'yellow'}
                          mr={4}
                        >
                          {i.column ? `${i.column}列 ` : ''}
                          {i.message.length > 14 ? `${i.message.slice(0, 14)}…` : i.message}
                        </Badge>
                      </Tooltip>
                    ))}
                  </div>
                  <div style={{ width: 112 }}>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => setFixing(index)}
                        data-testid={`fix-row-${r.row}`}
                      >
                        修正
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color={skipped ? 'blue' : 'gray'}
                        onClick={() => onToggleSkip(index, !skipped)}
                        data-testid={`skip-row-${r.row}`}
                      >
                        {skipped ? '恢复' : '跳过'}
                      </Button>
                    </Group>
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {fixing !== null && (
        <FixRowModal
          row={session.rows[fixing]!}
          issues={issuesOf(fixing)}
          columns={session.result.columns}
          onClose={() => setFixing(null)}
          onSave={(changes) => onFix(fixing, changes)}
        />
      )}
    </Stack>
  );
}
