import { Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { yuanText } from './format';
import { useMemberHardship } from './useHardship';

/** 困难帮扶 on the member page: the member's files and the assistance they received. */
export function MemberHardship({ memberId }: { memberId: string }) {
  const data = useMemberHardship(memberId);
  if (!data) return <Loader size="xs" />;
  if (data.files.length === 0)
    return (
      <Stack gap={4} align="flex-start">
        <Text size="sm" c="dimmed">
          没有困难职工档案。
        </Text>
        <Button component={Link} to={`/hardship/new?member=${memberId}`} size="xs" variant="light">
          建立困难职工档案
        </Button>
      </Stack>
    );
  return (
    <Stack gap={4} data-testid="member-hardship">
      {data.files.map((f) => {
        const rows = data.assistance.filter((a) => a.fileId === f.id);
        return (
          <Text key={f.id} size="sm">
            <Anchor component={Link} to={`/hardship/${f.id}`} size="sm">
              {f.tier}（{f.status === '在档' ? '在档' : `脱困 ${f.exitDate ?? ''}`}）
            </Anchor>
            ：{f.filingDate}建档，主要原因{f.mainCause}；帮扶 {rows.length} 次，
            {yuanText(rows.reduce((s, a) => s + a.amountCents, 0))}
          </Text>
        );
      })}
    </Stack>
  );
}
