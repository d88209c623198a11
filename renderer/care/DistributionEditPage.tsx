import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  draftOfDistribution,
  previewDistributionCaps,
  updateDistribution,
  validateDistribution,
  type CapPreview,
  type Distribution,
  type DistributionDraft,
} from '../../shared/ledgers/care';
import { useDb } from '../app/AppContext';
import { notifyError } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { useDebouncedResult } from '../app/useDebouncedResult';
import { DistributionFacts, DistributionWarnings, saveOrConfirm } from './DistributionFacts';
import { useDistribution, useRecipients } from './useCare';

const NO_CAPS: CapPreview[] = [];

/** 修改福利发放: the facts of a saved distribution (its list is changed on its page). */
export function DistributionEditPage() {
  const { id } = useParams();
  const saved = useDistribution(id);
  const rs = useRecipients(id);
  const memberIds = useMemo(() => (rs ?? []).map((r) => r.memberId), [rs]);
  if (saved === undefined || rs === undefined) return <Loader />;
  if (saved === null) return <Text>找不到这次福利发放，可能已被删除或撤销。</Text>;
  return <EditForm saved={saved} memberIds={memberIds} />;
}

function EditForm({ saved, memberIds }: { saved: Distribution; memberIds: readonly string[] }) {
  const db = useDb();
  const navigate = useNavigate();
  const [d, setD] = useState<DistributionDraft>(() => draftOfDistribution(saved));
  const [tried, setTried] = useState(false);
  const set = <K extends keyof DistributionDraft>(k: K, v: DistributionDraft[K]) =>
    setD((cur) => ({ ...cur, [k]: v }));
  const problems = validateDistribution(d);
  // The festival cap with this distribution's own old value left out, new value counted.
  const caps = useDebouncedResult(
    useCallback(
      () => previewDistributionCaps(db, d, memberIds, saved.id),
      [db, d, memberIds, saved.id],
    ),
    NO_CAPS,
    200,
  );
  const back = `/care/distributions/${saved.id}`;
  const doSave = async () => {
    try {
      const { batch } = await updateDistribution(db, saved.id, d);
      showUndo(db, batch, `已修改福利发放“${d.occasion}”。`);
      await navigate(back);
    } catch (e) {
      notifyError(e, '福利发放没有保存');
    }
  };
  const submit = () => {
    setTried(true);
    saveOrConfirm(problems, caps, () => void doSave());
  };
  const err = (k: string) => (tried ? problems.errors[k] : undefined);
  return (
    <Stack maw={900}>
      <Anchor component={Link} to={back} size="sm">
        ‹ {saved.occasion} · {saved.item}
      </Anchor>
      <Title order={2}>修改福利发放</Title>
      <Paper withBorder p="lg">
        <Stack>
          <DistributionFacts d={d} set={set} err={err} />
          <Text size="sm" c="dimmed">
            发放名单（{memberIds.length} 人）和签收记录不变；增减人员请在发放页面“补充人员”或移除。
          </Text>
          {d.valueCents !== saved.valueCents && (
            <Alert color="blue" data-testid="value-changed">
              人均价值改变后，已登记的经费支出不会随之改变，请到“会费经费”核对金额。
            </Alert>
          )}
          <DistributionWarnings caps={caps} warnings={problems.warnings} />
          <Group>
            <Button onClick={submit} data-testid="save-distribution">
              保存修改
            </Button>
            <Button variant="default" onClick={() => void navigate(back)}>
              取消
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
