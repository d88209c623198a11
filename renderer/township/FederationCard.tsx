import { Anchor, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconSitemap } from '@tabler/icons-react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  membershipRate,
  rateText,
  registryTotals,
  termState,
  unionisationRate,
} from '../../shared/ledgers/township';
import { useAffiliatedUnions, useTownshipSettings, useUnitsToUnionise } from './useTownship';

/** 工作台 card of a federation: its affiliated unions, the two rates, terms that have ended. */
export function FederationCard() {
  const unions = useAffiliatedUnions();
  const units = useUnitsToUnionise();
  const settings = useTownshipSettings();
  if (!unions || !units || !settings) return null;
  const t = registryTotals(unions);
  const today = todayIso();
  const expired = unions.filter((u) => termState(u, today, settings) === '已届满').length;
  const soon = unions.filter((u) => termState(u, today, settings) === '即将届满').length;
  return (
    <Card withBorder data-testid="federation-card">
      <Group gap="xs">
        <ThemeIcon variant="light" size="lg" color="red">
          <IconSitemap size={20} />
        </ThemeIcon>
        <Text fw={600}>下属工会</Text>
        <Anchor component={Link} to="/township" size="sm" ml="auto">
          查看
        </Anchor>
      </Group>
      {unions.length === 0 ? (
        <Text size="sm" mt="sm">
          还没有登记下属工会。到“下属工会”逐个新增，或从 Excel 名单导入。
        </Text>
      ) : (
        <Stack gap={2} mt="sm">
          <Text size="lg" fw={700}>
            {t.unions} 个基层工会，覆盖 {t.coveredUnits} 个单位
          </Text>
          <Text size="sm" c="dimmed">
            会员 {t.members} 人 · 建会率 {rateText(unionisationRate(units, unions))} · 入会率{' '}
            {rateText(membershipRate(unions))}
          </Text>
          {(expired > 0 || soon > 0) && (
            <Text size="sm" c={expired > 0 ? 'red' : 'orange.8'}>
              {expired > 0 && `${expired} 个工会任期已届满`}
              {expired > 0 && soon > 0 && '，'}
              {soon > 0 && `${soon} 个即将届满`}，请督促换届
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
