import { Anchor, Box, Checkbox, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { buildPublicNotice, noticePeriodEnd } from '../../shared/ledgers/hardship';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { PrintPreview } from '../print';
import { PublicNoticeView } from './print/PublicNoticeView';
import { useFileList, useHardshipSettings, useUnionName } from './useHardship';

/**
 * 打印建档公示: the files put up for 公示 (姓名, 部门, 困难类别 only). Preselected: files whose
 * 公示日期 is the chosen start day, else the files filed this year.
 */
export function PublicNoticePrintPage() {
  const today = todayIso();
  const rows = useFileList(today);
  const unionName = useUnionName();
  const [from, setFrom] = useState(today);
  const settings = useHardshipSettings();
  const [typedDays, setDays] = useState<number | null>(null);
  const days = typedDays ?? settings?.publicNoticeDays.value ?? 5;
  const [picked, setPicked] = useState<string[] | null>(null);
  const open = useMemo(() => (rows ?? []).filter((r) => r.file.status === '在档'), [rows]);
  const chosen = useMemo(() => {
    if (picked) return picked;
    const onDay = open.filter((r) => r.file.publicNoticeDate === from);
    const list = onDay.length
      ? onDay
      : open.filter((r) => r.file.filingDate.slice(0, 4) === from.slice(0, 4));
    return list.map((r) => r.file.id);
  }, [picked, open, from]);
  const notice = useMemo(
    () =>
      rows && unionName !== undefined
        ? buildPublicNotice({
            unionName,
            files: open.filter((r) => chosen.includes(r.file.id)).map((r) => r.file),
            people: new Map(
              open.map((r) => [r.file.memberId, { name: r.name, department: r.department }]),
            ),
            from,
            to: noticePeriodEnd(from, Math.max(1, days)),
          })
        : null,
    [rows, unionName, open, chosen, from, days],
  );
  if (!notice) return <Loader />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="notice-print"
    >
      <PrintPreview
        title={notice.title}
        document={<PublicNoticeView notice={notice} />}
        notice={
          <Anchor component={Link} to="/hardship" size="sm">
            ← 返回困难帮扶
          </Anchor>
        }
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            公示只列姓名、部门和困难类别，不含收入、致困原因和家庭情况。
          </Text>
          <ChineseDateInput
            label="公示开始日期"
            clearable={false}
            value={from}
            onChange={(v) => v && setFrom(v)}
          />
          <NumberInput
            label="公示天数"
            description={settings?.publicNoticeDays.source}
            min={1}
            max={30}
            allowDecimal={false}
            value={days}
            onChange={(v) => setDays(Number(v) || 1)}
          />
          <Checkbox.Group label="公示名单" value={chosen} onChange={setPicked}>
            <Stack gap={4} mt={4}>
              {open.map((r) => (
                <Checkbox key={r.file.id} value={r.file.id} label={`${r.name}（${r.file.tier}）`} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Stack>
      </PrintPreview>
    </Box>
  );
}
