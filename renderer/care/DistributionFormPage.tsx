import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  createDistribution,
  DEFAULT_RECIPIENT_RULE,
  describeRecipientRule,
  emptyDistributionDraft,
  previewDistributionCaps,
  previewRecipients,
  validateDistribution,
  type CapPreview,
  type DistributionDraft,
  type RecipientRule,
} from '../../shared/ledgers/care';
import type { Member } from '../../shared/ledgers/roster';
import { useDb } from '../app/AppContext';
import { notifyError } from '../app/notify';
import { showUndo } from '../app/showUndo';
import { MembersMultiSelect } from './MemberSelect';
import { DistributionFacts, DistributionWarnings, saveOrConfirm } from './DistributionFacts';
import { useOfferExpenseEntry } from '../funds';
import { askToRecordExpense, distributionExpense } from './offerCareExpense';
import { useDebouncedResult } from '../app/useDebouncedResult';

/** No cap is in question yet (a stable value: the preview's fallback). */
const NO_CAPS: CapPreview[] = [];

/** 新建福利发放: the facts, and the list from a rule (在职会员 on the day) or picked by hand. */
export function DistributionFormPage() {
  const db = useDb();
  const navigate = useNavigate();
  const [d, setD] = useState<DistributionDraft>(() => emptyDistributionDraft(todayIso()));
  const [mode, setMode] = useState<'rule' | 'hand'>('rule');
  const [rule, setRule] = useState<RecipientRule>(DEFAULT_RECIPIENT_RULE);
  const [picked, setPicked] = useState<string[]>([]);
  const [byRule, setByRule] = useState<Member[]>([]);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof DistributionDraft>(k: K, v: DistributionDraft[K]) =>
    setD((cur) => ({ ...cur, [k]: v }));
  const problems = validateDistribution(d);

  useEffect(() => {
    let live = true;
    if (/^\d{4}-\d{2}-\d{2}$/.test(d.date))
      void previewRecipients(db, rule, d.date).then((ms) => live && setByRule(ms));
    return () => {
      live = false;
    };
  }, [db, rule, d.date]);
  const ids = useMemo(
    () => (mode === 'rule' ? byRule.map((m) => m.id) : picked),
    [mode, byRule, picked],
  );
  const caps = useDebouncedResult(
    useCallback(() => previewDistributionCaps(db, d, ids), [db, d, ids]),
    NO_CAPS,
    200,
  );

  const offerExpense = useOfferExpenseEntry();
  const doSave = async () => {
    try {
      const { distribution, batch } = await createDistribution(
        db,
        d,
        ids,
        mode === 'rule' ? rule : null,
      );
      showUndo(db, batch, `已建立${distribution.occasion}发放名单（${ids.length}人）。`);
      await navigate(`/care/distributions/${distribution.id}`);
      const expense = distributionExpense(distribution, ids.length);
      if (expense) askToRecordExpense(expense, offerExpense);
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
      <Anchor component={Link} to="/care?tab=distributions" size="sm">
        ‹ 福利发放
      </Anchor>
      <Title order={2}>新建福利发放</Title>
      <Paper withBorder p="lg">
        <Stack>
          <DistributionFacts d={d} set={set} err={err} />
          <div>
            <Text fw={600} mb={4}>
              发放名单
            </Text>
            <SegmentedControl
              value={mode}
              onChange={(v) => setMode(v as 'rule' | 'hand')}
              data={[
                { value: 'rule', label: '按规则生成' },
                { value: 'hand', label: '手工选择' },
              ]}
            />
          </div>
          {mode === 'rule' ? (
            <Stack gap={6}>
              <Group>
                <Checkbox label="在职会员" checked disabled />
                <Checkbox
                  label="含退休会员"
                  checked={rule.retirees}
                  onChange={(e) => setRule({ ...rule, retirees: e.currentTarget.checked })}
                />
                <Checkbox
                  label="含非会员教职工"
                  checked={rule.nonMembers}
                  onChange={(e) => setRule({ ...rule, nonMembers: e.currentTarget.checked })}
                />
              </Group>
              <Text size="sm" data-testid="rule-preview">
                {describeRecipientRule(rule)}：发放日共 <b>{byRule.length}</b> 人
              </Text>
            </Stack>
          ) : (
            <MembersMultiSelect label="选择会员" value={picked} onChange={setPicked} />
          )}
          <DistributionWarnings caps={caps} warnings={problems.warnings} />
          <Group>
            <Button onClick={submit} disabled={ids.length === 0} data-testid="save-distribution">
              生成名单（{ids.length}人）
            </Button>
            <Button variant="default" onClick={() => void navigate('/care?tab=distributions')}>
              取消
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
