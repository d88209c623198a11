import type { IsoDate } from '../../../core/text/dates';

/** 「花名册_2026-11-21.xlsx」 */
export function rosterFileName(today: IsoDate, what: string = '花名册'): string {
  return `${what}_${today}.xlsx`;
}
