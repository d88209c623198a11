import type { MemberStatus } from '../../shared/ledgers/roster';

export const STATUS_COLORS: Record<MemberStatus, string> = {
  在职: 'teal',
  退休: 'blue',
  调出: 'gray',
  退会: 'orange',
  去世: 'dark',
};
