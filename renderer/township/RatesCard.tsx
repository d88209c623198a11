import { Card, Group, SimpleGrid, Text } from '@mantine/core';
import { rateText, type Rate } from '../../shared/ledgers/township';

/** A rate as the federation reports it: the percentage, numerator ÷ denominator, definition. */
function RateCard({
  title,
  rate,
  parts,
  testId,
}: {
  title: string;
  rate: Rate;
  /** 「已建会单位 13 个 ÷ 应建会单位 16 个」 */
  parts: string;
  testId: string;
}) {
  return (
    <Card withBorder data-testid={testId}>
      <Group justify="space-between" align="baseline">
        <Text fw={600}>{title}</Text>
        <Text size="xl" fw={700}>
          {rateText(rate)}
        </Text>
      </Group>
      <Text size="sm" mt={4}>
        {parts}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {rate.definition}
      </Text>
    </Card>
  );
}

export function RatesCard({ unionisation, membership }: { unionisation: Rate; membership: Rate }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <RateCard
        title="建会率"
        rate={unionisation}
        parts={`已建会单位 ${unionisation.numerator} 个 ÷ 应建会单位 ${unionisation.denominator} 个`}
        testId="unionisation-rate"
      />
      <RateCard
        title="入会率"
        rate={membership}
        parts={`会员 ${membership.numerator} 人 ÷ 已建会单位职工 ${membership.denominator} 人`}
        testId="membership-rate"
      />
    </SimpleGrid>
  );
}
