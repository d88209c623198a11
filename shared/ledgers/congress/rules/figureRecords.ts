import type { LedgerData } from '../../types';
import type { LedgerTable } from '../../tables';
import { reviewText } from './proposal';

/**
 * What 年度统计 lists behind a congress figure (a click on 收到提案 opens the proposals):
 * head and rows as text, or null for a table that is not this ledger's.
 */
export function congressRecordRows(
  table: LedgerTable,
  ids: readonly string[],
  data: LedgerData,
): { head: string[]; rows: { key: string; cells: string[] }[] } | null {
  const t = data.tables;
  const pick = <T extends { id: string }>(rows: readonly T[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  };
  const sessions = new Map(t.congressSessions.map((s) => [s.id, s]));
  switch (table) {
    case 'congressSessions':
      return {
        head: ['会议', '日期', '地点'],
        rows: pick(t.congressSessions).map((s) => ({
          key: s.id,
          cells: [s.name, s.date, s.place],
        })),
      };
    case 'proposals': {
      const all = new Map(t.proposals.map((p) => [p.id, p]));
      return {
        head: ['提案号', '案由', '提案人', '审查', '落实', '满意度'],
        rows: pick(t.proposals).map((p) => ({
          key: p.id,
          cells: [
            `${sessions.get(p.sessionId)?.name ?? ''}${p.number !== null ? ` 第${p.number}号` : ''}`,
            p.title,
            p.proposer.name,
            reviewText(p, all),
            p.implementation ?? '',
            p.satisfaction ?? '',
          ],
        })),
      };
    }
    case 'suggestions':
      return {
        head: ['日期', '内容', '提出人', '采纳'],
        rows: pick(t.suggestions).map((s) => ({
          key: s.id,
          cells: [
            s.date,
            s.content,
            s.proposer,
            s.adopted === true ? '已采纳' : s.adopted === false ? '未采纳' : '待处理',
          ],
        })),
      };
    default:
      return null;
  }
}
