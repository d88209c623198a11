import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import type { CongressSession } from './congress';

/**
 * 「每学年至少召开一次」 (教育部令第32号, as DOMAIN.md quotes it; verify locally): the 工作台 reminder when a year has passed since
 * the last session. A union with no session yet is not reminded (it may not hold one).
 */
export function congressReminder(
  sessions: readonly Pick<CongressSession, 'date' | 'name'>[],
  today: IsoDate,
): string | null {
  const past = sessions.filter((s) => s.date <= today).sort((a, b) => b.date.localeCompare(a.date));
  const last = past[0];
  if (!last) return null;
  const y = Number(today.slice(0, 4)) - 1;
  const yearAgo = `${y}${today.slice(4)}`;
  // 29 Feb a year on is 1 Mar; comparing strings keeps 02-29 > 02-28 right.
  if (last.date > yearAgo) return null;
  return `距上次教代会（${last.name}，${formatChineseDate(last.date)}）已满一年，教代会每学年至少召开一次`;
}
