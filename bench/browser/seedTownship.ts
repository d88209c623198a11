import { openDb } from '../../shared/db/db';
import { idCheckChar } from '../../shared/core/ids/idNumber';
import { emptyLedgerData } from '../../shared/ledgers/store/ledgerData';
import { newMember } from '../../shared/ledgers/roster/rules/member';
import { emptyProfile } from '../../shared/ledgers/union/rules/profile';
import type { AffiliatedUnion } from '../../shared/ledgers/township/rules/rows';
import { emptyAffiliatedDraft } from '../../shared/ledgers/township/rules/affiliated';
import { workbookBytesWithIdentity } from '../../shared/ledgers/workbook/exportWorkbook';

/*
 * The township bench's packages: `unions` affiliated unions of `membersEach` members each,
 * every one's 年度台账 written by the real export (with its 说明 sheet and 校验码), and the
 * unions registered in the app's database. Neighbouring unions share 2 people, so 重复人员
 * has work to do. Returns the files as base64 for the driver to write and pick.
 */

const NOW = '2026-01-05T08:00:00.000Z';

/** Person n's 居民身份证号: birth day 1980-01-01 + ⌊n/1000⌋ days, sequence n mod 1000 (unique). */
function idOf(n: number): string {
  const birth = new Date(Date.UTC(1980, 0, 1 + Math.floor(n / 1000)));
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `330102${ymd}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

function affiliated(i: number): AffiliatedUnion {
  return {
    ...emptyAffiliatedDraft(),
    id: `aff-${i}`,
    name: `第${i + 1}基层工会委员会`,
    code: `ZJ-${String(i + 1).padStart(4, '0')}`,
  };
}

const base64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

export async function seedTownship(spec: {
  unions: number;
  membersEach: number;
}): Promise<{ name: string; data: string }[]> {
  const db = openDb();
  await db.open();
  const unions = Array.from({ length: spec.unions }, (_, i) => affiliated(i));
  await db.affiliatedUnions.bulkPut(unions);
  db.close();
  const files: { name: string; data: string }[] = [];
  for (const [i, u] of unions.entries()) {
    const start = i * (spec.membersEach - 2);
    const members = Array.from({ length: spec.membersEach }, (_, j) =>
      newMember(
        {
          id: `m${i}-${j}`,
          name: `职工${start + j}`,
          gender: j % 2 ? '男' : '女',
          idNumber: idOf(start + j),
          joinDate: '2015-09-01',
          hireDate: '2015-09-01',
          department: `第${(j % 6) + 1}部门`,
          rosterOrder: j,
        },
        NOW,
      ),
    );
    const data = emptyLedgerData();
    const bytes = await workbookBytesWithIdentity(
      {
        profile: {
          ...emptyProfile(),
          unionName: u.name,
          unitName: u.name.replace('工会委员会', ''),
          chairName: '主席',
          superiorUnion: '某某镇总工会',
          statsCode: u.code,
        },
        tables: { ...data.tables, members },
      },
      {
        unionName: u.name,
        statsCode: u.code,
        unionId: `u-bench-${i}`,
        year: 2026,
        exportedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00.000Z`,
      },
    );
    files.push({ name: `${u.name}年度台账2026.xlsx`, data: base64(bytes) });
  }
  return files;
}
