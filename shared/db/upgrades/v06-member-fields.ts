import type { Transaction } from 'dexie';
import type { SchemaVersion } from './types';
import { v05 } from './v05-union-ledger';

/*
 * Frozen: this file carries its own ID check (GB 11643-1999 check digit) and literal
 * values, so it does what it did when it was released whatever the ledger code becomes.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** An 18-digit number whose last character is its GB 11643 check character. */
function isChecked18(id: string): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11] === s[17];
}

interface MemberBefore {
  idNumber?: string | null;
  idType?: string;
  isMember?: boolean;
  postCategory?: string | null;
}

/**
 * Before v6 every ID number was read as a 居民身份证 and everyone in the roster was a
 * member. A number that is not a checked 18-digit one (an old import kept it as typed, e.g.
 * a 港澳通行证 number flagged as a bad ID) becomes 其他, so it is no longer called a bad
 * resident ID; a member without a number gets the default 居民身份证.
 */
async function addMemberFields(tx: Transaction): Promise<void> {
  await tx
    .table('members')
    .toCollection()
    .modify((m: MemberBefore) => {
      if (m.idType === undefined)
        m.idType = !m.idNumber || isChecked18(m.idNumber) ? '居民身份证' : '其他';
      if (m.isMember === undefined) m.isMember = true;
      if (m.postCategory === undefined) m.postCategory = null;
    });
}

export const v06: SchemaVersion = {
  version: 6,
  reason: 'members: 证件类型, 是否会员 (the roster holds non-member staff too), 岗位类别',
  stores: { ...v05.stores },
  upgrade: addMemberFields,
};
