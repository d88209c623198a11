import { Anchor, Box, Loader, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getProfile } from '../../shared/db';
import { todayIso } from '../../shared/core/text';
import {
  budgetVsActual,
  buildBudgetReport,
  buildCashbook,
  buildDisclosure,
  buildDuesDetail,
  buildDuesSummary,
  buildReimbursement,
  disclosureLines,
  getCategoryTree,
  inForceFen,
  isMonth,
  monthsBetween,
  openingBalanceOf,
  reckonRolls,
  wageBaseOn,
  type DuesPerson,
  type FundsTableModel,
  type ReimbursementModel,
} from '../../shared/ledgers/funds';
import { useDb } from '../app/AppContext';
import { PrintPreview } from '../print';
import { FundsTableView } from './print/FundsTableView';
import { ReimbursementView } from './print/ReimbursementView';

type Loaded =
  | { kind: 'table'; model: FundsTableModel }
  | { kind: 'form'; model: ReimbursementModel }
  | { kind: 'error'; message: string };

const DOCS: Record<string, string> = {
  'dues-detail': '会费收缴明细表',
  'dues-summary': '会费收缴汇总表',
  cashbook: '经费收支明细账',
  disclosure: '经费收支情况公示',
  budget: '预算执行情况表',
  reimbursement: '费用报销单',
};

/** The funds ledger's printouts: /funds/print/<doc>?month=… | from=…&to=… | year=… | id=… */
export function FundsPrintPage() {
  const { doc = '' } = useParams();
  const [q] = useSearchParams();
  const db = useDb();
  const today = todayIso();
  const [showFrom, setShowFrom] = useState(today);
  const [showTo, setShowTo] = useState(() => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 6);
    return d.toISOString().slice(0, 10);
  });
  const [objectionsTo, setObjectionsTo] = useState('工会经费审查委员会');
  const key = `${doc}?${q.toString()}`;
  const data = useLiveQuery(async () => {
    const profile = await getProfile(db);
    const union = profile?.unionName || '本会';
    return { union, profile, all: await loadFor(doc, q) };
    async function loadFor(d: string, p: URLSearchParams) {
      if (d === 'dues-detail' || d === 'dues-summary') {
        const month = p.get('month');
        const months = month ? [month] : monthsBetween(p.get('from') ?? '', p.get('to') ?? '');
        const rolls = (await db.duesRolls.where('month').anyOf(months).toArray()).sort((a, b) =>
          a.month.localeCompare(b.month),
        );
        const payments = await db.duesPayments.where('month').anyOf(months).toArray();
        const members = await db.members.toArray();
        const bases = await db.wageBases.toArray();
        return {
          kind: 'dues' as const,
          rolls,
          payments,
          members,
          bases,
          months: months.filter((m) => isMonth(m)),
        };
      }
      const year = Number(p.get('year') ?? (p.get('from') ?? today).slice(0, 4));
      const entries = await db.fundEntries.toArray();
      const years = await db.fundYears.toArray();
      const budgets = await db.budgets.where('year').equals(year).toArray();
      const tree = await getCategoryTree(db);
      return { kind: 'funds' as const, year, entries, years, budgets, tree };
    }
  }, [db, key]);

  const loaded = useMemo((): Loaded | null => {
    if (!data) return null;
    const { union, all } = data;
    if (all.kind === 'dues') {
      if (all.rolls.length === 0) return { kind: 'error', message: '所选月份还没有会费名册。' };
      const byId = new Map(all.members.map((m) => [m.id, m]));
      const rows = reckonRolls(all.rolls, all.payments).sort(
        (a, b) =>
          (byId.get(a.memberId)?.rosterOrder ?? 0) - (byId.get(b.memberId)?.rosterOrder ?? 0) ||
          a.month.localeCompare(b.month),
      );
      const lastMonth = all.rolls[all.rolls.length - 1]!.month;
      const people = new Map<string, DuesPerson>();
      const bases = new Map<string, number>();
      for (const m of all.members) {
        const b = wageBaseOn(m, all.bases, `${lastMonth}-28`);
        people.set(m.id, {
          name: m.name,
          department: m.department ?? '',
          unionGroup: m.unionGroup ?? '',
          postWageFen: b && 'postWageFen' in b ? (b.postWageFen ?? null) : null,
          gradeWageFen: b && 'gradeWageFen' in b ? (b.gradeWageFen ?? null) : null,
        });
      }
      for (const r of all.rolls) for (const l of r.lines) bases.set(l.memberId, l.baseFen);
      const input = {
        unionName: union,
        months: all.rolls.map((r) => r.month),
        rows,
        people,
        bases,
        madeOn: today,
      };
      return {
        kind: 'table',
        model: doc === 'dues-detail' ? buildDuesDetail(input) : buildDuesSummary(input),
      };
    }
    const { year, entries, years, budgets, tree } = all;
    if (doc === 'reimbursement') {
      const e = entries.find((x) => x.id === q.get('id'));
      if (!e) return { kind: 'error', message: '找不到这条经费记录。' };
      return { kind: 'form', model: buildReimbursement(union, e) };
    }
    const from = q.get('from') ?? `${year}-01-01`;
    const to = q.get('to') ?? `${year}-12-31`;
    const yearStart = `${from.slice(0, 4)}-01-01`;
    const opening =
      openingBalanceOf(Number(from.slice(0, 4)), years, entries) +
      entries
        .filter((e) => e.date >= yearStart && e.date < from)
        .reduce((s, e) => s + (e.direction === '收入' ? e.amountFen : -e.amountFen), 0);
    const inPeriod = entries.filter((e) => e.date >= from && e.date <= to);
    if (doc === 'cashbook')
      return {
        kind: 'table',
        model: buildCashbook({
          unionName: union,
          from,
          to,
          openingFen: opening,
          entries: inPeriod,
          madeOn: today,
        }),
      };
    if (doc === 'budget')
      return {
        kind: 'table',
        model: buildBudgetReport({
          unionName: union,
          year,
          rows: budgetVsActual(year, budgets, entries),
          madeOn: today,
        }),
      };
    if (doc === 'disclosure') {
      const lines = disclosureLines(
        inPeriod,
        budgets.map((b) => ({ ...b, inForceFen: inForceFen(b) })),
        { 收入: tree.收入.map((n) => n.name), 支出: tree.支出.map((n) => n.name) },
      );
      return {
        kind: 'table',
        model: buildDisclosure({
          unionName: union,
          year,
          from,
          to,
          openingFen: opening,
          lines,
          showFrom,
          showTo,
          objectionsTo,
          madeOn: today,
        }),
      };
    }
    return { kind: 'error', message: `没有“${doc}”这种打印件。` };
  }, [data, doc, q, today, showFrom, showTo, objectionsTo]);

  if (!loaded) return <Loader size="sm" />;
  const back = (
    <Anchor
      component={Link}
      to={doc.startsWith('dues') ? '/funds' : '/funds?tab=entries'}
      size="sm"
    >
      ← 返回会费经费
    </Anchor>
  );
  if (loaded.kind === 'error')
    return (
      <Box>
        {back}
        <Text mt="md">{loaded.message}</Text>
      </Box>
    );
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="funds-print"
    >
      <PrintPreview
        title={
          loaded.kind === 'table' ? loaded.model.title : `${DOCS[doc]} ${loaded.model.summary}`
        }
        landscape={loaded.kind === 'table' && loaded.model.orientation === 'landscape'}
        document={
          loaded.kind === 'table' ? (
            <FundsTableView model={loaded.model} />
          ) : (
            <ReimbursementView model={loaded.model} />
          )
        }
        notice={back}
      >
        {doc === 'disclosure' ? (
          <>
            <TextInput
              label="公示开始"
              value={showFrom}
              onChange={(e) => setShowFrom(e.currentTarget.value)}
            />
            <TextInput
              label="公示结束"
              value={showTo}
              onChange={(e) => setShowTo(e.currentTarget.value)}
            />
            <TextInput
              label="异议受理"
              value={objectionsTo}
              onChange={(e) => setObjectionsTo(e.currentTarget.value)}
            />
          </>
        ) : undefined}
      </PrintPreview>
    </Box>
  );
}
