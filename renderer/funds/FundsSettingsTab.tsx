import { Button, Group, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  describeDuesRule,
  monthlyDueFen,
  retainedRemittanceFen,
  saveFundsSettings,
  validateFundsSettings,
  type FundsSettings,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { action } from '../app/notify';
import { yuan } from './format';
import { useDuesRule, useFundsSettings } from './useFunds';

/** 设置: the dues unit and the retained share of the 2% remittance, each with its source. */
export function FundsSettingsTab() {
  const db = useDb();
  const stored = useFundsSettings();
  const rule = useDuesRule();
  const [s, setS] = useState<FundsSettings | null>(null);
  useEffect(() => {
    if (stored) setS(stored);
  }, [stored]);
  if (!s || !rule) return null;
  const errors = validateFundsSettings(s);
  const example = { rateBp: rule.rateBp, unitFen: s.duesUnitFen };
  return (
    <Paper withBorder p="md" maw={760}>
      <Stack>
        <Text size="sm">
          会费比例在“工会信息”中设置（现为 {rule.rateBp / 100}%）。
          {describeDuesRule(example, s.duesUnitSource)}
        </Text>
        <Text size="sm" c="dimmed" data-testid="dues-example">
          例：基数 4567 元 → 月会费 {yuan(monthlyDueFen(456700, example))} 元；基数 3985 元 →{' '}
          {yuan(monthlyDueFen(398500, example))} 元
        </Text>
        <Group align="flex-start">
          <NumberInput
            label="计缴单位（元）：不足此数的部分不计"
            value={s.duesUnitFen / 100}
            onChange={(v) => setS({ ...s, duesUnitFen: Math.round(Number(v) * 100) })}
            error={errors.duesUnitFen}
            decimalScale={2}
            w={260}
          />
          <Textarea
            label="依据"
            value={s.duesUnitSource}
            onChange={(e) => setS({ ...s, duesUnitSource: e.currentTarget.value })}
            error={errors.duesUnitSource}
            autosize
            style={{ flex: 1 }}
          />
        </Group>
        <Group align="flex-start">
          <NumberInput
            label="拨缴经费留成比例（%）"
            value={s.retainedSharePct}
            onChange={(v) => setS({ ...s, retainedSharePct: Number(v) })}
            error={errors.retainedSharePct}
            w={260}
          />
          <Textarea
            label="依据"
            value={s.retainedShareSource}
            onChange={(e) => setS({ ...s, retainedShareSource: e.currentTarget.value })}
            error={errors.retainedShareSource}
            autosize
            style={{ flex: 1 }}
          />
        </Group>
        <Text size="sm" c="dimmed">
          例：工资总额 100 万元 → 拨缴 2% 为 2 万元，本会留成{' '}
          {yuan(retainedRemittanceFen(100000000, s.retainedSharePct))} 元。
        </Text>
        <Group>
          <Button
            disabled={Object.keys(errors).length > 0}
            onClick={action(() => saveFundsSettings(db, s), '设置没有保存')}
          >
            保存设置
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
