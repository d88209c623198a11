import {
  memberParticipantId,
  yearOf,
  type Activity,
  type AttendanceState,
  type Participant,
} from './rules/activity';
import { DEFAULT_SIGN_IN_ORDER, signInOrder } from './rules/signInOrder';
import { todayIso, toIsoDate, type IsoDate } from '../../core/text/dates';
import type { Member, OrgUnit } from '../roster/rules/member';

/**
 * Example activities for 「载入示例数据」: a school union's usual year (三八节, 教职工大会,
 * 趣味运动会, 教师节表彰会, 重阳节座谈会) in the current year, with lists and attendance.
 * Deterministic for the same members and year; every row has `demo: 1`. Activities still
 * in the future (after `today`) have their list but no attendance yet.
 */
export interface DemoActivities {
  activities: Activity[];
  participants: Participant[];
}

interface Plan {
  key: string;
  kindId: string;
  title: string;
  month: number;
  day: number;
  startTime: string;
  endTime: string;
  place: string;
  organiser: string;
  coOrganiser: string;
  targetGroup: string;
  budget: number;
  actualCost: number;
  notes: string;
  pick: (m: Member) => boolean;
  /** One in `leaveEvery` is on leave, one in `absentEvery` absent (deterministic). */
  leaveEvery: number;
  absentEvery: number;
  results?: boolean;
}

const inService = (m: Member) => m.status === '在职';

const PLANS: Plan[] = [
  {
    key: 'congress',
    kindId: 'kind-meeting',
    title: '春季开学教职工大会',
    month: 2,
    day: 24,
    startTime: '15:00',
    endTime: '16:30',
    place: '学校报告厅',
    organiser: '校工会',
    coOrganiser: '校长办公室',
    targetGroup: '全体在职教职工',
    budget: 0,
    actualCost: 0,
    notes: '传达上级工会工作要点，部署本学期工会工作。',
    pick: inService,
    leaveEvery: 17,
    absentEvery: 41,
  },
  {
    key: 'women',
    kindId: 'kind-wenti',
    title: '三八节女职工趣味活动',
    month: 3,
    day: 7,
    startTime: '14:30',
    endTime: '16:30',
    place: '学校体育馆',
    organiser: '校工会女职委',
    coOrganiser: '',
    targetGroup: '全体在职女职工',
    budget: 3000,
    actualCost: 2680,
    notes: '项目：夹弹珠、套圈、踢毽子；奖品为文具与生活用品。',
    pick: (m) => inService(m) && m.gender === '女',
    leaveEvery: 9,
    absentEvery: 37,
  },
  {
    key: 'sports',
    kindId: 'kind-wenti',
    title: '教职工趣味运动会',
    month: 4,
    day: 23,
    startTime: '13:30',
    endTime: '17:00',
    place: '学校田径场',
    organiser: '校工会',
    coOrganiser: '体艺组',
    targetGroup: '全体在职教职工',
    budget: 8000,
    actualCost: 7450.5,
    notes: '以工会小组为单位组队，设拔河、托球跑、袋鼠跳等项目。',
    pick: inService,
    leaveEvery: 11,
    absentEvery: 29,
    results: true,
  },
  {
    key: 'teachersday',
    kindId: 'kind-meeting',
    title: '庆祝教师节暨表彰大会',
    month: 9,
    day: 10,
    startTime: '15:30',
    endTime: '17:00',
    place: '学校报告厅',
    organiser: '校工会',
    coOrganiser: '校长办公室',
    targetGroup: '全体教职工及退休教职工代表',
    budget: 5000,
    actualCost: 4800,
    notes: '表彰优秀教师、优秀班主任，为从教三十年教师颁发纪念证书。',
    pick: inService,
    leaveEvery: 13,
    absentEvery: 53,
  },
  {
    key: 'chongyang',
    kindId: 'kind-meeting',
    title: '重阳节退休教职工座谈会',
    month: 10,
    day: 29,
    startTime: '09:30',
    endTime: '11:00',
    place: '工会活动室',
    organiser: '校工会',
    coOrganiser: '',
    targetGroup: '退休教职工',
    budget: 1500,
    actualCost: 1320,
    notes: '通报学校发展情况，赠送重阳糕。',
    pick: (m) => m.status === '退休',
    leaveEvery: 4,
    absentEvery: 1000,
  },
];

const LEAVE_REASONS = ['病假', '外出培训', '事假', '带学生外出比赛'];
const AWARD_ORDER = ['一等奖', '二等奖', '三等奖', '优秀奖'];

export function demoActivities(
  members: readonly Member[],
  opts: { year?: number; today?: IsoDate; departments?: readonly OrgUnit[]; now?: string } = {},
): DemoActivities {
  const today = opts.today ?? todayIso();
  const year = opts.year ?? yearOf(today);
  const stamp = opts.now ?? new Date().toISOString();
  const signIn = {
    ...DEFAULT_SIGN_IN_ORDER,
    groupOrder: [...(opts.departments ?? [])].sort((a, b) => a.order - b.order).map((d) => d.name),
  };
  const activities: Activity[] = [];
  const participants: Participant[] = [];

  for (const plan of PLANS) {
    const id = `demo-act-${year}-${plan.key}`;
    const startDate = toIsoDate(year, plan.month, plan.day);
    const held = startDate <= today;
    activities.push({
      id,
      kindId: plan.kindId,
      host: '本会',
      title: plan.title,
      startDate,
      startTime: plan.startTime,
      endDate: null,
      endTime: plan.endTime,
      place: plan.place,
      organiser: plan.organiser,
      coOrganiser: plan.coOrganiser,
      targetGroup: plan.targetGroup,
      budget: plan.budget,
      actualCost: held ? plan.actualCost : null,
      notes: plan.notes,
      year,
      demo: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const chosen = signInOrder(members.filter(plan.pick), signIn);
    chosen.forEach((m, i) => {
      let state: AttendanceState = '报名';
      let leaveReason: string | null = null;
      if (held) {
        if ((i + 1) % plan.absentEvery === 0) state = '缺席';
        else if ((i + 3) % plan.leaveEvery === 0) {
          state = '请假';
          leaveReason = LEAVE_REASONS[i % LEAVE_REASONS.length]!;
        } else state = '出席';
      }
      const p: Participant = {
        id: memberParticipantId(id, m.id),
        activityId: id,
        memberId: m.id,
        state,
        leaveReason,
        order: i + 1,
        demo: 1,
      };
      if (held && plan.results && state === '出席' && i % 7 === 0) {
        const place = Math.floor(i / 7) % AWARD_ORDER.length;
        p.result = { rank: place + 1, award: AWARD_ORDER[place]! };
      }
      participants.push(p);
    });
    if (plan.key === 'teachersday') {
      participants.push({
        id: `${id}~g-1`,
        activityId: id,
        memberId: null,
        guestName: '刘建国',
        guestUnit: '示例市教育工会',
        state: held ? '出席' : '报名',
        order: chosen.length + 1,
        demo: 1,
      });
    }
  }
  return { activities, participants };
}
