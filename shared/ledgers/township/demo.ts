import type { UnionProfile } from '../union/rules/profile';
import type { AffiliatedKind, AffiliatedUnion, StandardGrade, UnitToUnionise } from './rules/rows';

/*
 * The federation demo (示例街道总工会): twelve affiliated unions — schools, an office, a
 * clinic, companies, two 联合工会, a village and a community, a trade union of restaurants —
 * and sixteen units that should have a union, three of them not yet unionised. Only a
 * federation gets it: a grassroots union's demo has no registry.
 */

const DAY = 86_400_000;

function shift(today: Date, days: number): string {
  return new Date(today.getTime() + days * DAY).toISOString().slice(0, 10);
}

interface Seed {
  key: string;
  name: string;
  kind: AffiliatedKind;
  covered: number;
  staff: number;
  members: number;
  women: number;
  chair: string;
  /** Days from today the term ends (negative: already ended). */
  endsIn: number;
  flags: [boolean, boolean, boolean, boolean];
  grade: StandardGrade;
}

const SEEDS: readonly Seed[] = [
  {
    key: 'xx',
    name: '城南小学工会委员会',
    kind: '单独建会（学校）',
    covered: 1,
    staff: 86,
    members: 86,
    women: 61,
    chair: '陈晓梅',
    endsIn: 900,
    flags: [true, true, true, true],
    grade: '示范',
  },
  {
    key: 'zx',
    name: '城南中学工会委员会',
    kind: '单独建会（学校）',
    covered: 1,
    staff: 112,
    members: 110,
    women: 70,
    chair: '王建国',
    endsIn: 420,
    flags: [true, true, true, true],
    grade: '良好',
  },
  {
    key: 'yey',
    name: '城南中心幼儿园工会委员会',
    kind: '单独建会（学校）',
    covered: 1,
    staff: 38,
    members: 36,
    women: 35,
    chair: '李娟',
    endsIn: 45,
    flags: [true, false, true, false],
    grade: '合格',
  },
  {
    key: 'jg',
    name: '城南街道机关工会委员会',
    kind: '单独建会（机关）',
    covered: 1,
    staff: 64,
    members: 64,
    women: 27,
    chair: '赵明',
    endsIn: 1200,
    flags: [false, false, true, true],
    grade: '良好',
  },
  {
    key: 'wsy',
    name: '城南卫生院工会委员会',
    kind: '单独建会（事业单位）',
    covered: 1,
    staff: 75,
    members: 72,
    women: 49,
    chair: '孙丽华',
    endsIn: -200,
    flags: [true, true, true, false],
    grade: '合格',
  },
  {
    key: 'hd',
    name: '宏达机械有限公司工会委员会',
    kind: '单独建会（企业）',
    covered: 1,
    staff: 240,
    members: 198,
    women: 52,
    chair: '周志强',
    endsIn: 600,
    flags: [true, true, true, true],
    grade: '良好',
  },
  {
    key: 'hl',
    name: '华联超市城南店工会委员会',
    kind: '单独建会（企业）',
    covered: 1,
    staff: 58,
    members: 40,
    women: 33,
    chair: '吴芳',
    endsIn: -30,
    flags: [false, true, false, false],
    grade: '',
  },
  {
    key: 'sm',
    name: '城南商贸联合工会委员会',
    kind: '联合工会',
    covered: 4,
    staff: 46,
    members: 31,
    women: 22,
    chair: '郑海燕',
    endsIn: 700,
    flags: [true, true, false, true],
    grade: '合格',
  },
  {
    key: 'wl',
    name: '城南物流园联合工会委员会',
    kind: '联合工会',
    covered: 3,
    staff: 132,
    members: 97,
    women: 18,
    chair: '冯军',
    endsIn: 300,
    flags: [true, true, false, true],
    grade: '',
  },
  {
    key: 'dh',
    name: '东湖社区工会委员会',
    kind: '村（社区）工会',
    covered: 1,
    staff: 18,
    members: 18,
    women: 11,
    chair: '何静',
    endsIn: 800,
    flags: [false, false, true, false],
    grade: '合格',
  },
  {
    key: 'xl',
    name: '西岭村工会委员会',
    kind: '村（社区）工会',
    covered: 1,
    staff: 12,
    members: 12,
    women: 5,
    chair: '刘长山',
    endsIn: 1000,
    flags: [false, false, true, false],
    grade: '',
  },
  {
    key: 'cy',
    name: '城南餐饮行业工会委员会',
    kind: '行业工会',
    covered: 2,
    staff: 64,
    members: 41,
    women: 30,
    chair: '许丽',
    endsIn: 500,
    flags: [true, true, false, true],
    grade: '合格',
  },
];

const UNITS: readonly [string, string, number, string][] = [
  ['城南中学', '学校', 112, 'zx'],
  ['城南卫生院', '事业单位', 75, 'wsy'],
  ['宏达机械有限公司', '企业', 240, 'hd'],
  ['华联超市城南店', '企业', 58, 'hl'],
  ['美佳服装店', '企业', 9, 'sm'],
  ['鑫源五金商行', '企业', 12, 'sm'],
  ['诚信汽车修理厂', '企业', 15, 'sm'],
  ['惠民大药房', '企业', 10, 'sm'],
  ['顺达快递城南站', '企业', 41, 'wl'],
  ['通达物流有限公司', '企业', 56, 'wl'],
  ['安达仓储有限公司', '企业', 35, 'wl'],
  ['老街饭店', '企业', 30, 'cy'],
  ['味香园餐饮有限公司', '企业', 34, 'cy'],
  ['恒通建材有限公司', '企业', 28, ''],
  ['绿源农业专业合作社', '其他', 11, ''],
  ['星光电子厂', '企业', 65, ''],
];

export function demoTownship(
  profile: UnionProfile,
  now: Date,
):
  | { affiliatedUnions: AffiliatedUnion[]; unitsToUnionise: UnitToUnionise[] }
  | Record<string, never> {
  if (profile.unionType !== '乡镇街道总工会') return {};
  const id = (key: string) => `demo-au-${key}`;
  const unions: AffiliatedUnion[] = SEEDS.map((s, i) => {
    const end = shift(now, s.endsIn);
    const start = `${Number(end.slice(0, 4)) - 5}${end.slice(4)}`;
    return {
      id: id(s.key),
      name: s.name,
      code: `CN${String(i + 1).padStart(3, '0')}`,
      kind: s.kind,
      coveredUnits: s.covered,
      staff: s.staff,
      members: s.members,
      women: s.women,
      chairName: s.chair,
      chairPhone: `139${String(10000000 + i * 7654321).slice(0, 8)}`,
      termStart: shift(new Date(`${start}T00:00:00Z`), 1),
      termEnd: end,
      hasCongress: s.flags[0],
      hasCollectiveContract: s.flags[1],
      hasOpenAffairs: s.flags[2],
      hasOwnAccount: s.flags[3],
      grade: s.grade,
      founded: `${2003 + i}-05-01`,
      note: '',
      demo: 1,
    };
  });
  const units: UnitToUnionise[] = UNITS.map(([name, kind, staff, key], i) => ({
    id: `demo-uu-${i + 1}`,
    name,
    kind,
    staff,
    unionId: key ? id(key) : '',
    note: key ? '' : '已走访，拟年内建会',
    demo: 1,
  }));
  return { affiliatedUnions: unions, unitsToUnionise: units };
}
