import { Loader, Stack, Text } from '@mantine/core';
import { useMemberCongress } from './useCongress';

/** 「教代会代表」 on a member's page: the terms they represented, and their attendance at each session. */
export function MemberCongress({ memberId }: { memberId: string }) {
  const rows = useMemberCongress(memberId);
  if (rows === undefined) return <Loader size="sm" />;
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        没有担任过教代会代表。
      </Text>
    );
  return (
    <Stack gap={4} data-testid="member-congress">
      {rows.map(({ representative: r, sessions }) => (
        <Text key={r.id} size="sm">
          第{r.termNumber}届{r.category}（{r.delegation || '未分代表团'}）
          {sessions.length > 0 &&
            `：${sessions.map((s) => `${s.session.name}${s.state ?? '未登记'}`).join('；')}`}
        </Text>
      ))}
    </Stack>
  );
}
