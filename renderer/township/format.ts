import type { TermState } from '../../shared/ledgers/township';

/** The colour a term's state is shown in. */
export const TERM_COLORS: Record<TermState, string> = {
  已届满: 'red',
  即将届满: 'orange',
  任期内: 'green',
  未填: 'gray',
};

export const FLAG_FIELDS = [
  ['hasCongress', '职代会'],
  ['hasCollectiveContract', '集体合同'],
  ['hasOpenAffairs', '厂务公开'],
  ['hasOwnAccount', '专用账户'],
] as const;

export type FlagField = (typeof FLAG_FIELDS)[number][0];
