import type { IsoDate } from '../../../core/text/dates';
import type { UnionProfile } from './profile';

export type TermStatus =
  { kind: 'ok' } | { kind: 'ending'; message: string } | { kind: 'expired'; message: string };

/** Months between two dates, rounded down. */
function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/**
 * Whether the committee's term is ending: 「任期五年，现已届满」 — a chair must prepare the
 * 换届选举 months ahead, so the 工作台 warns six months before the end.
 */
export function termStatus(
  p: Pick<UnionProfile, 'termNumber' | 'termEnd'>,
  today: IsoDate,
): TermStatus {
  if (!p.termEnd) return { kind: 'ok' };
  if (today > p.termEnd) {
    return {
      kind: 'expired',
      message: `第${p.termNumber}届工会委员会任期已于${p.termEnd}届满，应按期进行换届选举，并报上级工会审批。`,
    };
  }
  const left = monthsBetween(today, p.termEnd);
  if (left < 6) {
    return {
      kind: 'ending',
      message: `第${p.termNumber}届工会委员会任期将于${p.termEnd}届满（还有约 ${left} 个月），请提前筹备换届选举。`,
    };
  }
  return { kind: 'ok' };
}
