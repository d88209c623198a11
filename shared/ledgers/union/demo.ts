import { todayIso, type IsoDate } from '../../core/text/dates';
import type { Member } from '../roster/rules/member';
import type { UnionProfile } from './rules/profile';
import type { Officer } from './rules/committee';
import type { Honour, HonourKind } from './rules/honours';

/**
 * The demo union's committee and honours for 「载入示例数据」: the current term's committee
 * of 7 (one 生活委员 replaced mid-term), an accountant and a cashier, and six honours over
 * this year and last, two of them to collectives. Drawn from the demo members in a fixed
 * way, so the same roster gives the same committee. Every row has `demo: 1`.
 */

export interface DemoCommittee {
  officers: Officer[];
  honours: Honour[];
}

export function demoCommittee(
  members: readonly Member[],
  profile: UnionProfile,
  now: Date,
): DemoCommittee {
  const today = todayIso(now);
  const year = Number(today.slice(0, 4));
  const taken = new Set<string>();
  /** The n-th (0-based) in-service member of a department not yet given an office. */
  const take = (department: string, n = 0, ok: (m: Member) => boolean = () => true) => {
    const m = members.filter(
      (x) => x.status === '在职' && x.department === department && !taken.has(x.id) && ok(x),
    )[n];
    if (m) taken.add(m.id);
    return m;
  };
  const term = profile.termNumber;
  const start = profile.termStart || `${year}-01-01`;
  const officers: Officer[] = [];
  const add = (role: string, m: Member | undefined, from: IsoDate, to: IsoDate | null = null) => {
    if (!m) return;
    officers.push({
      id: `demo-off-${officers.length + 1}`,
      termNumber: term,
      role,
      memberId: m.id,
      name: m.name,
      startDate: from,
      endDate: to,
      demo: 1,
    });
  };

  // The chair named in the profile; linked when the roster has someone of that name.
  const chair = members.find((m) => m.name === profile.chairName && m.status === '在职');
  if (chair) taken.add(chair.id);
  officers.push({
    id: 'demo-off-0',
    termNumber: term,
    role: '主席',
    memberId: chair?.id ?? null,
    name: profile.chairName,
    startDate: start,
    endDate: null,
    demo: 1,
  });
  add(
    '副主席',
    take('行政办公室', 0, (m) => m.post !== '会计' && m.post !== '出纳'),
    start,
  );
  add('组织委员', take('语文组'), start);
  add('宣传委员', take('英语组'), start);
  add('文体委员', take('体艺组'), start);
  add(
    '女职工委员会主任',
    take('数学组', 0, (m) => m.gender === '女'),
    start,
  );
  // A 生活委员 who moved away a year into the term, and the one elected in her place.
  const startYear = Number(start.slice(0, 4));
  const left = `${startYear + 1}-07-15`;
  const replaced = `${startYear + 1}-09-01`;
  if (replaced <= today) {
    add('生活委员', take('后勤处'), start, left);
    add('生活委员', take('后勤处'), replaced);
  } else add('生活委员', take('后勤处'), start);
  add(
    '会计',
    take('行政办公室', 0, (m) => m.post === '会计'),
    start,
  );
  add(
    '出纳',
    take('行政办公室', 0, (m) => m.post === '出纳'),
    start,
  );

  const honours: Honour[] = [];
  const honour = (
    y: number,
    kind: HonourKind,
    who: Member | string | undefined,
    title: string,
    level: string,
    body: string,
    date: IsoDate,
  ) => {
    if (!who) return;
    honours.push({
      id: `demo-hon-${honours.length + 1}`,
      year: y,
      kind,
      recipient: typeof who === 'string' ? who : who.name,
      memberId: typeof who === 'string' ? null : who.id,
      title,
      level,
      body,
      date: date <= today ? date : null,
      demo: 1,
    });
  };
  const byId = new Map(officers.map((o) => [o.memberId, o]));
  const vice = members.find((m) => byId.get(m.id)?.role === '副主席');
  honour(
    year,
    '个人',
    take('语文组'),
    '优秀工会积极分子',
    '市级',
    profile.superiorUnion,
    `${year}-04-28`,
  );
  honour(year, '个人', take('数学组'), '师德标兵', '校级', profile.unitName, `${year}-09-10`);
  honour(year, '集体', profile.unionName, '模范职工之家', '市级', '示例市总工会', `${year}-04-28`);
  honour(
    year - 1,
    '集体',
    '语文组',
    '巾帼文明岗',
    '县区级',
    '示例市示例区妇女联合会',
    `${year - 1}-03-06`,
  );
  honour(
    year - 1,
    '个人',
    vice,
    '优秀工会工作者',
    '市级',
    profile.superiorUnion,
    `${year - 1}-04-28`,
  );
  honour(
    year - 1,
    '个人',
    take('英语组'),
    '优秀工会积极分子',
    '县区级',
    profile.superiorUnion,
    `${year - 1}-04-28`,
  );
  return { officers, honours };
}
