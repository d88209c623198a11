import { todayIso, type IsoDate } from '../../core/text/dates';
import type { Member } from '../roster/rules/member';
import {
  attendanceId,
  sessionName,
  type CongressAttendance,
  type CongressSession,
  type CongressVote,
  type Representative,
} from './rules/congress';
import type { OpenAffair, Proposal, Signer, Suggestion } from './rules/proposal';

/**
 * The demo union's 教代会 for 「载入示例数据」: the 第三届 representatives (30 正式代表 by
 * delegation, two 列席, one 特邀), last year's session with its proposals answered, this
 * year's session (in March, or last year's autumn when March is still to come) with
 * attendance 26 出席 / 4 请假, two votes and six proposals at different stages, a few
 * suggestions and the 校务公开 log. Drawn from the demo members in a fixed way; every row
 * has `demo: 1`.
 */
export interface DemoCongress {
  congressSessions: CongressSession[];
  representatives: Representative[];
  congressAttendance: CongressAttendance[];
  congressVotes: CongressVote[];
  proposals: Proposal[];
  suggestions: Suggestion[];
  openAffairs: OpenAffair[];
}

const TERM = 3;
const RULES = { quorum: '三分之二以上', majorityBase: '全体代表' } as const;

export function demoCongress(members: readonly Member[], now: Date): DemoCongress {
  const today = todayIso(now);
  const year = Number(today.slice(0, 4));
  const stamp = now.toISOString();
  const inService = members.filter((m) => m.status === '在职' && m.isMember !== false);
  const teachers = inService.filter((m) => /教师/.test(m.post ?? ''));
  const staff = inService.filter((m) => !/教师/.test(m.post ?? ''));
  const voting = [...teachers.slice(0, 22), ...staff.slice(0, 8)].slice(0, 30);
  const used = new Set(voting.map((m) => m.id));
  const others = inService.filter((m) => !used.has(m.id));
  const representatives: Representative[] = voting.map((m, i) => ({
    id: `demo-rep-${String(i + 1).padStart(2, '0')}`,
    termNumber: TERM,
    memberId: m.id,
    name: m.name,
    gender: m.gender,
    delegation: m.department ?? '',
    category: '正式代表',
    demo: 1,
  }));
  for (const [i, m] of others.slice(0, 2).entries())
    representatives.push({
      id: `demo-rep-l${i + 1}`,
      termNumber: TERM,
      memberId: m.id,
      name: m.name,
      gender: m.gender,
      delegation: m.department ?? '',
      category: '列席代表',
      demo: 1,
    });
  representatives.push({
    id: 'demo-rep-t1',
    termNumber: TERM,
    memberId: null,
    name: '赵文海',
    gender: '男',
    delegation: '特邀',
    category: '特邀代表',
    demo: 1,
  });

  const thisDate: IsoDate = today >= `${year}-03-20` ? `${year}-03-20` : `${year - 1}-10-15`;
  const lastDate: IsoDate = today >= `${year}-03-20` ? `${year - 1}-03-22` : `${year - 2}-10-16`;
  const session = (id: string, n: number, date: IsoDate, agenda: string[]): CongressSession => ({
    id,
    name: sessionName(TERM, n),
    termNumber: TERM,
    sessionNumber: n,
    date,
    year: Number(date.slice(0, 4)),
    place: '学校报告厅',
    agenda,
    rules: { ...RULES },
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
    demo: 1,
  });
  const last = session('demo-cs-4', 4, lastDate, ['听取并审议学校工作报告', '审议提案工作报告']);
  const current = session('demo-cs-5', 5, thisDate, [
    '听取并审议学校工作报告',
    '听取并审议学校财务工作报告',
    '审议《学校教职工绩效工资分配方案（修订稿）》',
    '听取上次会议提案办理情况报告',
  ]);

  const LEAVE = ['外出培训', '病假', '产假', '带学生外出比赛'];
  const congressAttendance: CongressAttendance[] = representatives
    .filter((r) => r.category === '正式代表')
    .map((r, i) => ({
      id: attendanceId(current.id, r.id),
      sessionId: current.id,
      representativeId: r.id,
      state: i % 7 === 3 && i < 28 ? '请假' : '出席',
      leaveReason: i % 7 === 3 && i < 28 ? LEAVE[Math.floor(i / 7)]! : '',
      demo: 1,
    }));
  for (const r of representatives.filter((x) => x.category !== '正式代表'))
    congressAttendance.push({
      id: attendanceId(current.id, r.id),
      sessionId: current.id,
      representativeId: r.id,
      state: '出席',
      leaveReason: '',
      demo: 1,
    });

  const congressVotes: CongressVote[] = [
    {
      id: 'demo-cv-1',
      sessionId: current.id,
      item: '审议通过学校工作报告',
      method: '举手',
      for: 25,
      against: 0,
      abstain: 1,
      order: 1,
      demo: 1,
    },
    {
      id: 'demo-cv-2',
      sessionId: current.id,
      item: '审议通过《学校教职工绩效工资分配方案（修订稿）》',
      method: '无记名',
      for: 22,
      against: 2,
      abstain: 2,
      order: 2,
      demo: 1,
    },
  ];

  const signer = (i: number): Signer => {
    const r = representatives[i % 30]!;
    return { name: r.name, memberId: r.memberId };
  };
  const proposal = (
    id: string,
    sessionId: string,
    i: number,
    fields: Partial<Proposal> & Pick<Proposal, 'title' | 'category' | 'receivedDate'>,
  ): Proposal => ({
    id,
    sessionId,
    number: null,
    proposer: signer(i),
    proposerMemberId: signer(i).memberId,
    coSigners: [signer(i + 1), signer(i + 2)],
    reasons: '',
    suggestion: '',
    review: '待审查',
    mergedIntoId: null,
    reviewReason: '',
    department: '',
    dueDate: null,
    reply: '',
    replyDate: null,
    implementation: null,
    satisfaction: null,
    createdAt: stamp,
    updatedAt: stamp,
    demo: 1,
    ...fields,
  });
  const shift = (date: IsoDate, days: number) => {
    const d = new Date(`${date}T00:00:00.000Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const before = (d: IsoDate) => shift(d, -10);
  const proposals: Proposal[] = [
    proposal('demo-pp-41', last.id, 3, {
      number: 1,
      title: '关于增设教职工午休室的建议',
      category: '后勤保障',
      receivedDate: before(last.date),
      review: '立案',
      department: '总务处',
      dueDate: shift(last.date, 60),
      reply: '已将三楼两间空置教室改为午休室，配备折叠床20张。',
      replyDate: shift(last.date, 45),
      implementation: '已落实',
      satisfaction: '满意',
    }),
    proposal('demo-pp-42', last.id, 6, {
      number: 2,
      title: '关于完善青年教师培养机制的建议',
      category: '教育教学',
      receivedDate: before(last.date),
      review: '立案',
      department: '教务处',
      dueDate: shift(last.date, 60),
      reply: '已制定青年教师“青蓝结对”方案，每学期考核一次。',
      replyDate: shift(last.date, 50),
      implementation: '部分落实',
      satisfaction: '基本满意',
    }),
    proposal('demo-pp-1', current.id, 1, {
      number: 1,
      title: '关于改善教工食堂午餐质量的建议',
      category: '后勤保障',
      reasons: '近期教工食堂菜品单一，部分教师反映口味偏重。',
      suggestion: '成立伙食管理小组，每月征求一次教职工意见，增加菜品选择。',
      receivedDate: before(current.date),
      review: '立案',
      department: '总务处',
      dueDate: shift(current.date, 30),
      reply: '已成立由教职工代表参加的伙食管理小组，每月公布菜谱并征求意见，新增两种素菜。',
      replyDate: shift(current.date, 20),
      implementation: '已落实',
      satisfaction: '满意',
    }),
    proposal('demo-pp-2', current.id, 4, {
      number: 2,
      title: '关于教师办公电脑更新换代的建议',
      category: '学校管理',
      reasons: '部分办公电脑使用已超过八年，运行缓慢，影响备课。',
      suggestion: '分年度更新办公电脑，优先更换使用年限最长的。',
      receivedDate: before(current.date),
      review: '立案',
      department: '信息中心',
      dueDate: shift(current.date, 45),
      reply: '已列入明年设备采购预算，分两年完成更新。',
      replyDate: shift(current.date, 30),
      implementation: '列入计划',
      satisfaction: '基本满意',
    }),
    proposal('demo-pp-3', current.id, 8, {
      number: 3,
      title: '关于规范教职工体检项目的建议',
      category: '教职工权益',
      reasons: '体检项目多年未调整，女教职工专项检查不足。',
      suggestion: '增加女职工“两癌”筛查，体检结果个人隐私保护。',
      receivedDate: before(current.date),
      review: '立案',
      department: '校工会',
      dueDate: shift(current.date, 60),
    }),
    proposal('demo-pp-4', current.id, 11, {
      title: '关于提高教工食堂伙食补助的建议',
      category: '后勤保障',
      receivedDate: before(current.date),
      review: '并案',
      mergedIntoId: 'demo-pp-1',
    }),
    proposal('demo-pp-5', current.id, 14, {
      title: '关于校园绿化养护的意见',
      category: '后勤保障',
      receivedDate: before(current.date),
      review: '转为意见建议',
    }),
    proposal('demo-pp-6', current.id, 17, {
      title: '关于为个人调整课表的请求',
      category: '其他',
      receivedDate: before(current.date),
      review: '不立案',
      reviewReason: '属个人事务，已转教务处个别沟通',
    }),
  ];

  const suggestions: Suggestion[] = [
    {
      id: 'demo-sg-1',
      date: current.date,
      channel: '转自提案',
      content: '校园绿化带部分树木需要修剪，建议定期养护。',
      proposer: proposals[6]!.proposer.name,
      memberId: proposals[6]!.proposer.memberId,
      handledBy: '总务处',
      adopted: true,
      reply: '已安排绿化公司每季度修剪一次。',
      fromProposalId: 'demo-pp-5',
      demo: 1,
    },
    {
      id: 'demo-sg-2',
      date: shift(current.date, 40),
      channel: '意见箱',
      content: '建议图书馆延长周五开放时间。',
      proposer: '',
      memberId: null,
      handledBy: '图书馆',
      adopted: null,
      reply: '',
      fromProposalId: null,
      demo: 1,
    },
  ];

  const openAffairs: OpenAffair[] = [
    {
      date: shift(current.date, -7),
      item: '教代会议程及提交审议的方案（征求意见稿）',
      kind: '即时',
      channel: '校务公开栏',
      days: 7,
    },
    {
      date: shift(current.date, 25),
      item: '上学期学校财务收支情况',
      kind: '定期',
      channel: '教代会',
      days: null,
    },
    {
      date: shift(current.date, 30),
      item: '提案办理情况',
      kind: '即时',
      channel: '校务公开栏',
      days: 5,
    },
    {
      date: `${Number(current.date.slice(0, 4))}-01-05`,
      item: '学校规章制度汇编',
      kind: '长期',
      channel: '校园网',
      days: null,
    },
  ].map((o, i) => ({
    ...o,
    id: `demo-oa-${i + 1}`,
    kind: o.kind as OpenAffair['kind'],
    demo: 1 as const,
  }));

  return {
    congressSessions: [last, current],
    representatives,
    congressAttendance,
    congressVotes,
    proposals,
    suggestions,
    openAffairs,
  };
}
