import { Anchor, Box, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  buildCampaignSheet,
  buildReceiptSheet,
  buildVisitRegister,
  type CareSheetModel,
  type ReceiptGroupBy,
} from '../../shared/ledgers/care';
import { statisticsYear, validStartMonth } from '../../shared/ledgers/yearEnd';
import { CareSheetView, PrintPreview } from '../print';
import { useOrgUnits } from '../roster';
import { useProfile } from '../union';
import { useMemberById } from './MemberSelect';
import {
  useAllRecipients,
  useCampaignAid,
  useCampaigns,
  useDistribution,
  useDistributions,
  useRecipients,
  useReceiptGroupBy,
  useVisits,
} from './useCare';

const FULL = 'calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))';

function Sheet({
  sheet,
  back,
  backLabel,
  options,
}: {
  sheet: CareSheetModel;
  back: string;
  backLabel: string;
  options?: React.ReactNode;
}) {
  return (
    <Box h={FULL} data-testid="care-print">
      <PrintPreview
        title={sheet.title}
        landscape={sheet.orientation === 'landscape'}
        document={<CareSheetView sheet={sheet} />}
        notice={
          <Anchor component={Link} to={back} size="sm">
            ← {backLabel}
          </Anchor>
        }
      >
        {options}
      </PrintPreview>
    </Box>
  );
}

function GroupByChoice({
  value,
  onChange,
}: {
  value: ReceiptGroupBy;
  onChange: (v: ReceiptGroupBy) => void;
}) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        分组
      </Text>
      <SegmentedControl
        fullWidth
        value={value}
        onChange={(v) => onChange(v as ReceiptGroupBy)}
        data={[
          { value: 'department', label: '按部门' },
          { value: 'unionGroup', label: '按工会小组' },
          { value: 'none', label: '不分组' },
        ]}
      />
      <Text size="xs" c="dimmed">
        组内按姓氏笔画排序。已登记的代领、补签会印在签名栏。
      </Text>
    </Stack>
  );
}

/** 实名发放签领表 of one distribution. */
export function ReceiptPrintPage() {
  const { id = '' } = useParams();
  const profile = useProfile();
  const d = useDistribution(id);
  const rs = useRecipients(id);
  const units = useOrgUnits();
  const [groupBy, setGroupBy] = useReceiptGroupBy();
  const sheet = useMemo(
    () =>
      d && rs && profile
        ? buildReceiptSheet({
            unionName: profile.unionName,
            distribution: d,
            recipients: rs,
            options: {
              groupBy,
              groupOrder: (groupBy === 'unionGroup' ? units.unionGroups : units.departments).map(
                (u) => u.name,
              ),
            },
          })
        : null,
    [d, rs, profile, groupBy, units],
  );
  if (d === null) return <Text>找不到这次福利发放。</Text>;
  if (!sheet) return <Loader size="sm" />;
  return (
    <Sheet
      sheet={sheet}
      back={`/care/distributions/${id}`}
      backLabel="返回福利发放"
      options={<GroupByChoice value={groupBy} onChange={setGroupBy} />}
    />
  );
}

/** A campaign's one printout: all its visits, distributions and 帮扶 records, to sign. */
export function CampaignPrintPage() {
  const { id = '' } = useParams();
  const profile = useProfile();
  const campaigns = useCampaigns();
  const visits = useVisits(null, null);
  const dists = useDistributions(null);
  const recipients = useAllRecipients();
  const aid = useCampaignAid();
  const byId = useMemberById();
  const units = useOrgUnits();
  const [groupBy, setGroupBy] = useState<ReceiptGroupBy>('department');
  const campaign = campaigns?.find((c) => c.id === id);
  const sheet = useMemo(
    () =>
      campaign && visits && dists && recipients && aid && profile
        ? buildCampaignSheet({
            unionName: profile.unionName,
            campaign,
            visits: visits.filter((v) => v.campaignId === id),
            distributions: dists
              .filter((d) => d.campaignId === id)
              .map((d) => ({
                distribution: d,
                recipients: recipients.filter((r) => r.distributionId === d.id),
              })),
            aid: aid.get(id) ?? [],
            members: byId,
            options: {
              groupBy,
              groupOrder: (groupBy === 'unionGroup' ? units.unionGroups : units.departments).map(
                (u) => u.name,
              ),
            },
          })
        : null,
    [campaign, visits, dists, recipients, aid, profile, byId, groupBy, units, id],
  );
  if (campaigns && !campaign) return <Text>找不到这个活动批次。</Text>;
  if (!sheet) return <Loader size="sm" />;
  return (
    <Sheet
      sheet={sheet}
      back="/care?tab=campaigns"
      backLabel="返回活动批次"
      options={<GroupByChoice value={groupBy} onChange={setGroupBy} />}
    />
  );
}

/** 慰问登记表 of a statistics year (?year=2026, from 工会信息's 统计起始月) or any period (?from=&to=). */
export function RegisterPrintPage() {
  const [params] = useSearchParams();
  const profile = useProfile();
  const visits = useVisits(null, null);
  const byId = useMemberById();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const period = profile
    ? statisticsYear(year, validStartMonth(profile.statsYearStartMonth))
    : { from: `${year}-01-01`, to: `${year}-12-31` };
  const from = params.get('from') ?? period.from;
  const to = params.get('to') ?? period.to;
  const sheet = useMemo(
    () =>
      visits && profile
        ? buildVisitRegister({
            unionName: profile.unionName,
            from,
            to,
            visits,
            members: byId,
            title:
              !params.get('from') && validStartMonth(profile.statsYearStartMonth) !== 1
                ? `${year}年度慰问登记表`
                : undefined,
          })
        : null,
    [visits, profile, byId, from, to, params, year],
  );
  if (!sheet) return <Loader size="sm" />;
  return <Sheet sheet={sheet} back={`/care?year=${year}`} backLabel="返回关怀慰问" />;
}
