import { idCheckChar } from '../../core/ids/idNumber';
import { newMember, withStatus, type Member, type OrgUnit } from './rules/member';
import type { UnionProfile } from '../union/rules/profile';
import { toIsoDate } from '../../core/text/dates';

/**
 * A fictional school union for 「载入示例数据」: about 80 staff in several teaching groups
 * and offices, some retirees. Deterministic (seeded), so screenshots and tests are stable.
 * Every row carries `demo: 1` so it can be removed in one click.
 */

export const DEMO_PROFILE: UnionProfile = {
  unionName: '示例市实验中学工会委员会',
  unitName: '示例市实验中学',
  chairName: '王丽华',
  termNumber: 3,
  termStart: '2023-09-01',
  termEnd: '2028-08-31',
  superiorUnion: '示例市教育工会',
  duesRate: 0.005,
  unitKind: '学校',
};

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉建国志文斌宇浩凯晨琳雪婷倩颖欣怡佳慧晓燕海波宁飞云峰';

const DEPARTMENTS: { name: string; size: number; group: string }[] = [
  { name: '行政办公室', size: 8, group: '行政后勤小组' },
  { name: '语文组', size: 12, group: '文科一小组' },
  { name: '数学组', size: 12, group: '理科一小组' },
  { name: '英语组', size: 10, group: '文科二小组' },
  { name: '理化生组', size: 11, group: '理科二小组' },
  { name: '政史地组', size: 9, group: '文科二小组' },
  { name: '体艺组', size: 7, group: '体艺小组' },
  { name: '后勤处', size: 6, group: '行政后勤小组' },
];

const TITLES = ['中学高级教师', '中学一级教师', '中学二级教师', '正高级教师', null];
const EDUCATIONS = ['本科', '本科', '本科', '硕士研究生', '大专'];
const POLITICAL = ['中共党员', '群众', '群众', '中共党员', '民主党派', '共青团员'];

/** Park–Miller generator: same seed, same union. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

export interface DemoUnion {
  profile: UnionProfile;
  departments: OrgUnit[];
  unionGroups: OrgUnit[];
  members: Member[];
}

export function buildDemoUnion(now: Date = new Date()): DemoUnion {
  const rnd = seeded(20260301);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const stamp = now.toISOString();
  const members: Member[] = [];
  const usedNames = new Set<string>();
  let seq = 0;

  const personName = () => {
    for (;;) {
      const n = pick([...SURNAMES]) + pick([...GIVEN]) + (rnd() < 0.6 ? pick([...GIVEN]) : '');
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };

  const makeMember = (department: string, unionGroup: string, retired: boolean): Member => {
    seq++;
    const gender = rnd() < 0.62 ? '女' : '男';
    const year = retired ? 1952 + Math.floor(rnd() * 10) : 1968 + Math.floor(rnd() * 32);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const birthDate = toIsoDate(year, month, day);
    const seqDigits = String(Math.floor(rnd() * 50) * 2 + (gender === '男' ? 1 : 0)).padStart(
      3,
      '0',
    );
    const first17 = `330106${birthDate.replace(/-/g, '')}${seqDigits}`;
    const hireYear = Math.min(year + 22 + Math.floor(rnd() * 3), now.getFullYear() - 1);
    const joinDate = toIsoDate(hireYear, 9, 1);
    let m = newMember(
      {
        id: `demo-m-${String(seq).padStart(3, '0')}`,
        name: personName(),
        gender,
        idNumber: first17 + idCheckChar(first17),
        birthDate,
        ethnicity: rnd() < 0.93 ? '汉族' : pick(['回族', '满族', '畲族']),
        politicalStatus: pick(POLITICAL),
        education: pick(EDUCATIONS),
        title: department === '后勤处' ? null : pick(TITLES),
        post:
          department === '行政办公室'
            ? pick(['办公室主任', '干事', '会计', '出纳'])
            : department === '后勤处'
              ? '后勤'
              : '教师',
        department,
        unionGroup,
        phone: `13${Math.floor(rnd() * 10)}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
        hireDate: toIsoDate(hireYear, 8, 1),
        joinDate,
        employmentType: rnd() < 0.85 ? '在编' : '聘用',
        wageBase: Math.round(4200 + rnd() * 3800),
        flags: {
          hardship: rnd() < 0.05,
          singleParent: rnd() < 0.03,
          modelWorker: rnd() < 0.03 ? pick(['市级', '县区级'] as const) : null,
        },
        rosterOrder: seq,
        demo: 1,
      },
      stamp,
    );
    if (retired) {
      const retireYear = year + (gender === '男' ? 60 : 55);
      m = withStatus(m, {
        status: '退休',
        date: toIsoDate(retireYear, month, 1),
        note: '按时退休',
      });
    }
    return m;
  };

  DEPARTMENTS.forEach((d) => {
    for (let i = 0; i < d.size; i++) members.push(makeMember(d.name, d.group, false));
  });
  for (let i = 0; i < 6; i++) members.push(makeMember('退休教职工', '退休小组', true));

  // The chair (工会主席 in the profile) is on the roster like everyone else.
  const chair = members[0]!;
  members[0] = { ...chair, name: DEMO_PROFILE.chairName, gender: '女', post: '工会主席' };

  // One teacher retired this year (the 年度统计 counts her), dated the 1st of this month so
  // the change is never in the future.
  const retiring = members.find((m) => m.department === '语文组')!;
  const retiredOn = toIsoDate(now.getFullYear(), now.getMonth() + 1, 1);
  members[members.indexOf(retiring)] = withStatus(retiring, {
    status: '退休',
    date: retiredOn,
    note: '按时退休',
  });

  // Staff who are not union members (劳务派遣 canteen workers): the roster keeps them, the
  // 入会率 counts them in its denominator.
  for (let i = 0; i < 2; i++) {
    const m = makeMember('后勤处', '行政后勤小组', false);
    members.push({
      ...m,
      post: '食堂',
      employmentType: '劳务派遣',
      joinDate: null,
      isMember: false,
    });
  }

  const groupNames = [...new Set([...DEPARTMENTS.map((d) => d.group), '退休小组'])];
  return {
    profile: DEMO_PROFILE,
    departments: [...DEPARTMENTS.map((d) => d.name), '退休教职工'].map((name, order) => ({
      id: `demo-d-${order}`,
      name,
      order,
      demo: 1,
    })),
    unionGroups: groupNames.map((name, order) => ({ id: `demo-g-${order}`, name, order, demo: 1 })),
    members,
  };
}
