import { openDb } from '../../shared/db/db';
import { PROFILE_KEY } from '../../shared/db/settings';
import { idCheckChar } from '../../shared/core/ids/idNumber';
import type { Activity, Participant } from '../../shared/ledgers/activities/rules/activity';
import { newMember, type Member } from '../../shared/ledgers/roster/rules/member';
import { emptyProfile } from '../../shared/ledgers/union/rules/profile';

/*
 * Seeds the app's own database (same origin as the app under bench/app/) with a
 * township-sized union, so the app benches time the real pages on real data without
 * spending minutes importing it first. Deterministic: the same spec gives the same rows.
 */

export interface SeedSpec {
  /** members in the roster (about 10% retired, 3% non-members) */
  members: number;
  /** an activity with this many participants (all in service), id 'big', if set */
  bigActivity?: number;
  /** plus this many small activities of 60 participants each in 2026 */
  activities?: number;
  /**
   * those activities' participants each instead of 60, as after the meetings: 6 in 8 出席,
   * 1 请假, 1 缺席 (年度统计 at township scale: 400 × 500 = 200,000 rows)
   */
  perActivity?: number;
  /** the profile's 工会类型 is 乡镇街道总工会 (下属工会 and 台账汇总 in the sidebar) */
  federation?: boolean;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉建国志文斌宇浩凯晨琳雪婷倩颖欣怡佳慧晓燕海波宁飞云峰';
const NOW = '2026-01-05T08:00:00.000Z';

export function seedMembers(n: number): Member[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = (s: string) => s[Math.floor(rnd() * s.length)]!;
  const out: Member[] = [];
  for (let i = 0; i < n; i++) {
    const y = 1962 + Math.floor(rnd() * 40);
    const m = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const male = rnd() < 0.45;
    const seq = String(Math.floor(rnd() * 500) * 2 + (male ? 1 : 0)).padStart(3, '0');
    const first17 = `3301${String(1 + Math.floor(rnd() * 8)).padStart(2, '0')}${y}${m}${d}${seq}`;
    const retired = rnd() < 0.1;
    const member = rnd() > 0.03;
    const joined = `${Math.max(y + 22, 2000 + (i % 25))}-09-01`;
    out.push(
      newMember(
        {
          id: `m${i}`,
          name: pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : ''),
          gender: male ? '男' : '女',
          idNumber: first17 + idCheckChar(first17),
          birthDate: `${y}-${m}-${d}`,
          department: `第${(i % 60) + 1}单位`,
          unionGroup: `第${(i % 300) + 1}小组`,
          phone: `13${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`,
          joinDate: member ? joined : null,
          isMember: member,
          status: retired ? '退休' : '在职',
          statusHistory: retired
            ? [
                { status: '在职', date: joined },
                { status: '退休', date: '2025-06-30' },
              ]
            : [{ status: '在职', date: joined }],
          rosterOrder: i,
        },
        NOW,
      ),
    );
  }
  return out;
}

function activity(id: string, title: string, startDate: string): Activity {
  return {
    id,
    kindId: 'kind-meeting',
    title,
    startDate,
    startTime: '14:30',
    endDate: null,
    endTime: null,
    place: '镇政府三楼会议室',
    host: '本会',
    organiser: '',
    coOrganiser: '',
    targetGroup: '',
    budget: null,
    actualCost: null,
    notes: '',
    year: Number(startDate.slice(0, 4)),
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const HELD = ['出席', '出席', '出席', '请假', '出席', '出席', '缺席', '出席'] as const;

function participant(
  activityId: string,
  memberId: string,
  order: number,
  state: Participant['state'] = '报名',
): Participant {
  return {
    id: `${activityId}~${order}`,
    activityId,
    memberId,
    guestName: null,
    state,
    entry: null,
    prizeCents: null,
    order,
  };
}

/** Clears the app's database and writes the seeded union; returns what was written. */
export async function seedApp(spec: SeedSpec): Promise<Record<string, number>> {
  const db = openDb();
  await db.open();
  const members = seedMembers(spec.members);
  const inService = members.filter((m) => m.status === '在职');
  const activities: Activity[] = [];
  const participants: Participant[] = [];
  if (spec.bigActivity) {
    activities.push(activity('big', '全镇职工大会', '2026-03-12'));
    inService
      .slice(0, spec.bigActivity)
      .forEach((m, j) => participants.push(participant('big', m.id, j)));
  }
  for (let k = 0; k < (spec.activities ?? 0); k++) {
    const id = `a${k}`;
    const date = `2026-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
    activities.push(activity(id, `活动${k + 1}`, date));
    const per = spec.perActivity ?? 60;
    for (let j = 0; j < per; j++) {
      const m = inService[(k * per + j) % inService.length]!.id;
      participants.push(participant(id, m, j, spec.perActivity ? HELD[j % 8] : '报名'));
    }
  }
  const profile = {
    ...emptyProfile(),
    unionName: '某某镇总工会',
    unitName: '某某镇',
    chairName: '陈晓梅',
    superiorUnion: '某某区总工会',
    termStart: '2024-09-01',
    termEnd: '2029-08-31',
    unitKind: '乡镇街道' as const,
    ...(spec.federation ? { unionType: '乡镇街道总工会' as const } : {}),
  };
  await db.transaction(
    'rw',
    [db.members, db.activities, db.participants, db.settings],
    async () => {
      await db.members.clear();
      await db.activities.clear();
      await db.participants.clear();
      await db.settings.put({ key: PROFILE_KEY, value: profile });
      await db.members.bulkAdd(members);
      await db.activities.bulkAdd(activities);
      await db.participants.bulkAdd(participants);
    },
  );
  db.close();
  return {
    members: members.length,
    activities: activities.length,
    participants: participants.length,
  };
}
