import * as XLSX from 'xlsx';
import { openDb } from '../../shared/db/db';
import { idCheckChar } from '../../shared/core/ids/idNumber';
import { newMember, type Member } from '../../shared/ledgers/roster/rules/member';
import {
  DEFAULT_ACTIVITY_KINDS,
  memberParticipantId,
  type Activity,
  type Participant,
} from '../../shared/ledgers/activities/rules/activity';
import { DEMO_PROFILE } from '../../shared/ledgers/roster/demo';
import { emptyLedgerData } from '../../shared/ledgers/store/ledgerData';
import { workbookBytes } from '../../shared/ledgers/workbook/exportWorkbook';
import { applyWorkbookImport, previewWorkbookImport } from '../../shared/ledgers/workbook/store';
import type { LedgerData } from '../../shared/ledgers/types';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉建国志文斌';
const DEPTS = ['语文组', '数学组', '英语组', '理化生组', '体艺组', '行政办公室', '后勤处'];
const STATES = ['出席', '出席', '出席', '请假', '缺席'] as const;

/** A township's year: n members and `perActivity` participants in each of `activities` activities. */
function syntheticUnion(n: number, activities: number, perActivity: number): LedgerData {
  let seed = 7;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
  const at = '2026-01-01T00:00:00.000Z';
  const members: Member[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1960 + Math.floor(rnd() * 45);
    const m = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const male = rnd() < 0.5;
    const seq = String((i % 500) * 2 + (male ? 1 : 0)).padStart(3, '0');
    const first17 = `33${String(i % 100).padStart(2, '0')}${String(Math.floor(i / 100) % 100).padStart(2, '0')}${y}${m}${d}${seq}`;
    members.push(
      newMember(
        {
          id: `m${i}`,
          name: pick(SURNAMES) + pick(GIVEN) + pick(GIVEN),
          gender: male ? '男' : '女',
          idNumber: first17 + idCheckChar(first17),
          birthDate: `${y}-${m}-${d}`,
          department: DEPTS[i % DEPTS.length]!,
          unionGroup: `第${(i % 40) + 1}小组`,
          phone: `13${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`,
          // Joined at 20 at the earliest: the import refuses a 入会时间 before the birth date.
          joinDate: `${Math.max(y + 20, 2000 + (i % 25))}-09-01`,
          wageBase: 4000 + (i % 3000),
          rosterOrder: i,
        },
        at,
      ),
    );
  }
  const acts: Activity[] = [];
  const parts: Participant[] = [];
  for (let a = 0; a < activities; a++) {
    const day = String(1 + (a % 28)).padStart(2, '0');
    const month = String(1 + (a % 12)).padStart(2, '0');
    const id = `a${a}`;
    acts.push({
      id,
      kindId: DEFAULT_ACTIVITY_KINDS[a % DEFAULT_ACTIVITY_KINDS.length]!.id,
      title: `第${a + 1}次活动`,
      startDate: `2026-${month}-${day}`,
      startTime: null,
      endDate: null,
      endTime: null,
      place: '工会活动室',
      host: '本会',
      organiser: '',
      coOrganiser: '',
      targetGroup: '全体会员',
      budget: 1000,
      actualCost: 987.65,
      notes: '',
      year: 2026,
      createdAt: at,
      updatedAt: at,
    });
    for (let k = 0; k < perActivity; k++) {
      const m = members[(a * 997 + k * 31) % n]!;
      parts.push({
        id: memberParticipantId(id, m.id),
        activityId: id,
        memberId: m.id,
        state: STATES[k % STATES.length]!,
        order: k,
      });
    }
  }
  const data = emptyLedgerData();
  return {
    profile: DEMO_PROFILE,
    tables: {
      ...data.tables,
      members,
      activities: acts,
      participants: parts,
      activityKinds: DEFAULT_ACTIVITY_KINDS,
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x);

/**
 * The floor: SheetJS read of the same file, sheet_to_json of its two big sheets, and one Dexie
 * bulkAdd of as many rows into the same tables (same indexes) — no checks, no matching, no log.
 */
async function floorImport(bytes: Uint8Array) {
  const db = openDb(`bench-wb-floor-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const wb = XLSX.read(bytes, { type: 'array' });
  const members = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['会员']!);
  const parts = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['活动参加']!);
  const readMs = performance.now() - t;
  await db.transaction('rw', [db.members, db.participants], async () => {
    await db.members.bulkAdd(
      members.map((r, i) => ({ ...r, id: `f${i}`, status: '在职', rosterOrder: i })) as never,
    );
    await db.participants.bulkAdd(
      parts.map((r, i) => ({
        ...r,
        id: `p${i}`,
        activityId: r['活动编号'],
        memberId: `f${i}`,
      })) as never,
    );
  });
  const ms = performance.now() - t;
  db.close();
  return { ms, readMs };
}

async function unionDeskImport(bytes: Uint8Array) {
  const db = openDb(`bench-wb-import-${crypto.randomUUID()}`);
  await db.open();
  const t = performance.now();
  const plan = await previewWorkbookImport(db, bytes, '年度台账.xlsx', { today: '2026-11-21' });
  const planMs = performance.now() - t;
  const batch = await applyWorkbookImport(db, plan);
  const ms = performance.now() - t;
  const counts = { members: await db.members.count(), participants: await db.participants.count() };
  db.close();
  return { ms, planMs, counts, summary: batch.summary };
}

export async function workbookBench(
  n: number,
  activities: number,
  perActivity: number,
  repeat = 3,
) {
  const data = syntheticUnion(n, activities, perActivity);
  // Warm both paths once on a small union.
  const warm = workbookBytes(syntheticUnion(500, 4, 100));
  await floorImport(warm);
  await unionDeskImport(warm);

  const exports: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let k = 0; k < repeat; k++) {
    const t = performance.now();
    bytes = workbookBytes(data);
    exports.push(performance.now() - t);
  }
  const floors: number[] = [];
  const floorReads: number[] = [];
  const imports: number[] = [];
  const plans: number[] = [];
  const ratios: number[] = [];
  let counts = { members: 0, participants: 0 };
  for (let k = 0; k < repeat; k++) {
    const f = await floorImport(bytes);
    const u = await unionDeskImport(bytes);
    floors.push(f.ms);
    floorReads.push(f.readMs);
    imports.push(u.ms);
    plans.push(u.planMs);
    ratios.push(u.ms / f.ms);
    counts = u.counts;
  }
  return {
    members: n,
    participants: data.tables.participants.length,
    repeat,
    bytes: bytes.byteLength,
    export: { ms: round(median(exports)), runs: exports.map(round), target: '≤ 10000 ms' },
    import: {
      ms: round(median(imports)),
      planMs: round(median(plans)),
      floorMs: round(median(floors)),
      floorReadMs: round(median(floorReads)),
      ratioToFloor: Math.round(median(ratios) * 100) / 100,
      ratios: ratios.map((r) => Math.round(r * 100) / 100),
      target: '≤ 1.5×',
    },
    imported: counts,
  };
}
