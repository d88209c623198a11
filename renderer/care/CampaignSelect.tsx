import { Select } from '@mantine/core';
import { useCampaigns } from './useCare';

/** 活动批次 a record belongs to (两节送温暖, 金秋助学 …), or none. */
export function CampaignSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const campaigns = useCampaigns();
  return (
    <Select
      label="活动批次"
      clearable
      data={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
      value={value}
      onChange={onChange}
      data-testid="campaign-select"
    />
  );
}
