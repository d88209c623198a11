import { idCheckChar } from '../../../core/ids/idNumber';
import type { UnionDeskDb } from '../../../db/db';
import { writeBatch } from '../../../db/batches';
import { PROFILE_KEY } from '../../../db/settings';
import { freshDb } from '../../../db/testDb';
import { emptyProfile, type UnitKind } from '../../union/rules/profile';
import { newMember } from '../../roster/rules/member';
import type { FundEntry } from '../../funds/rules/rows';
import { exportWorkbook } from '../../workbook/store';

/*
 * Test unions (for the exchange and roll-up tests, and the CLI test): a small union in a fresh
 * fake-indexeddb database, exported through the real 年度台账 export.
 */

export interface TestUnion {
  name: string;
  statsCode?: string;
  /** Member count (in service, 会员); people[i] gets ID number idOf(seed + i). */
  members: number;
  /** Staff in service who are not members. */
  nonMembers?: number;
  /** Index of the first person, so two unions can share people. */
  seed: number;
  /** Fund income entries (元 as 分) dated in 2026, category 会费收入. */
  incomeFen?: number[];
  /** 所属类型 in its 工会信息; absent = the profile's default (学校). */
  unitKind?: UnitKind;
}

/** A valid 18-digit 居民身份证号 for person n. */
export function idOf(n: number): string {
  const first17 = `11010119800101${String(n).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

export async function unionDb(u: TestUnion): Promise<UnionDeskDb> {
  const { db } = freshDb();
  const now = '2026-01-02T08:00:00.000Z';
  const people = [
    ...Array.from({ length: u.members }, (_, i) => ({ i, member: true })),
    ...Array.from({ length: u.nonMembers ?? 0 }, (_, i) => ({ i: u.members + i, member: false })),
  ].map(({ i, member }) =>
    newMember(
      {
        id: `m-${u.seed + i}`,
        name: `职工${u.seed + i}`,
        gender: i % 2 === 0 ? '女' : '男',
        idNumber: idOf(u.seed + i),
        birthDate: '1980-01-01',
        hireDate: '2010-09-01',
        joinDate: member ? '2010-09-01' : null,
        isMember: member,
        department: '教务处',
        rosterOrder: i,
      },
      now,
    ),
  );
  const entries: FundEntry[] = (u.incomeFen ?? []).map((fen, i) => ({
    id: `f-${u.seed}-${i}`,
    year: 2026,
    date: '2026-03-01',
    voucher: `收${i + 1}`,
    direction: '收入',
    category: '会费收入',
    subCategory: '',
    summary: '会费',
    amountFen: fen,
    handler: '甲',
    checker: '乙',
    approver: '丙',
    link: null,
    createdAt: now,
    updatedAt: now,
  }));
  await writeBatch(
    db,
    { kind: 'import', label: 'test' },
    ['settings', 'members', 'fundEntries'],
    async (w) => {
      await w.put('settings', {
        key: PROFILE_KEY,
        value: {
          ...emptyProfile(),
          unionName: u.name,
          unitName: u.name.replace(/工会.*$/, ''),
          chairName: '主席',
          superiorUnion: '城关镇总工会',
          ...(u.statsCode ? { statsCode: u.statsCode } : {}),
          ...(u.unitKind ? { unitKind: u.unitKind } : {}),
        },
      });
      await w.bulkAdd('members', people);
      await w.bulkAdd('fundEntries', entries);
    },
  );
  return db;
}

/** The union's 年度台账 for 2026, exported at `at`. */
export async function unionWorkbook(
  u: TestUnion,
  at = new Date('2026-11-20T09:00:00Z'),
): Promise<{ db: UnionDeskDb; fileName: string; bytes: Uint8Array }> {
  const db = await unionDb(u);
  const file = await exportWorkbook(db, 2026, at);
  return { db, ...file };
}
