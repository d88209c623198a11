import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { budgetVsActual, isIncomplete, monthText } from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { yuan } from './format';

/**
 * 工作台 reminders of the funds ledger: dues paid but not posted, this month's roll not made
 * (once the union keeps dues here), expenses missing a signature, categories over budget.
 */
export function FundsReminders() {
  const db = useDb();
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const facts = useLiveQuery(async () => {
    const [rolls, payments, postings, entries, budgets] = await Promise.all([
      db.duesRolls.toArray(),
      db.duesPayments.toArray(),
      db.duesPostings.toArray(),
      db.fundEntries.where('year').equals(year).toArray(),
      db.budgets.where('year').equals(year).toArray(),
    ]);
    const net = new Map<string, number>();
    for (const p of payments) net.set(p.month, (net.get(p.month) ?? 0) + p.amountFen);
    for (const p of postings) net.set(p.month, (net.get(p.month) ?? 0) - p.amountFen);
    return {
      unposted: [...net].filter(([, v]) => v > 0).sort(([a], [b]) => a.localeCompare(b)),
      noRoll: rolls.length > 0 && !rolls.some((r) => r.month === today.slice(0, 7)),
      incomplete: entries.filter(isIncomplete).length,
      over: budgetVsActual(year, budgets, entries).filter((r) => r.over),
    };
  }, [db, year, today]);
  if (!facts) return null;
  const items: { key: string; text: string; to: string }[] = [];
  if (facts.noRoll)
    items.push({
      key: 'roll',
      text: `${monthText(today.slice(0, 7))}的会费名册还没有生成`,
      to: `/funds/dues/${today.slice(0, 7)}`,
    });
  for (const [m, v] of facts.unposted)
    items.push({
      key: `post-${m}`,
      text: `${monthText(m)}已收会费 ${yuan(v)} 元尚未过账到经费`,
      to: `/funds/dues/${m}`,
    });
  if (facts.incomplete > 0)
    items.push({
      key: 'sign',
      text: `${year}年有 ${facts.incomplete} 笔经费支出手续不全（缺经办、审核或审批）`,
      to: `/funds?tab=entries&year=${year}`,
    });
  for (const r of facts.over)
    items.push({
      key: `over-${r.label}`,
      text: `“${r.label}”支出 ${yuan(r.actualFen)} 元，已超出预算 ${yuan(r.inForceFen)} 元`,
      to: `/funds?tab=budget&year=${year}`,
    });
  if (items.length === 0) return null;
  return (
    <Alert color="yellow" title="会费经费" data-testid="funds-reminders">
      <Stack gap={2}>
        {items.slice(0, 6).map((i) => (
          <Text key={i.key} size="sm">
            <Anchor component={Link} to={i.to} size="sm">
              {i.text}
            </Anchor>
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
