import type { IsoDate } from '../../../core/text/dates';

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

/** 会员状态. The current status is the last entry of `statusHistory`. */
export const MEMBER_STATUSES = ['在职', '退休', '调出', '退会', '去世'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const EMPLOYMENT_TYPES = ['在编', '聘用', '劳务派遣', '其他'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const POLITICAL_STATUSES = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民主党派',
  '群众',
  '其他',
] as const;

export const MODEL_WORKER_LEVELS = ['全国', '省部级', '市级', '县区级'] as const;
export type ModelWorkerLevel = (typeof MODEL_WORKER_LEVELS)[number];

/** One dated status change (「为402名历年离退休职工办理了退会手续」: history, not overwrites). */
export interface StatusChange {
  status: MemberStatus;
  date: IsoDate;
  note?: string;
}

export const FAMILY_RELATIONS = ['配偶', '子女', '父亲', '母亲', '其他'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export interface FamilyMember {
  relation: FamilyRelation;
  name: string;
  birthDate?: IsoDate | null;
  /** e.g. 「在读高中」 for 金秋助学 */
  note?: string;
}

export interface MemberFlags {
  /** 困难职工 */
  hardship?: boolean;
  /** 劳模 with level, or absent */
  modelWorker?: ModelWorkerLevel | null;
  /** 单亲 */
  singleParent?: boolean;
  /** 农民工 */
  migrantWorker?: boolean;
}

/** 会员 / 教职工. Optional facts are null when unknown, never ''. */
export interface Member {
  id: string;
  name: string;
  gender: Gender | null;
  /** 18-digit form when valid; kept as typed otherwise. */
  idNumber: string | null;
  birthDate: IsoDate | null;
  ethnicity: string | null;
  politicalStatus: string | null;
  education: string | null;
  /** 职称 */
  title: string | null;
  /** 岗位/职务 */
  post: string | null;
  /** 部门/处室/年级组/教研组 */
  department: string | null;
  /** 工会小组 */
  unionGroup: string | null;
  phone: string | null;
  /** 参加工作时间 */
  hireDate: IsoDate | null;
  /** 入会时间 */
  joinDate: IsoDate | null;
  employmentType: EmploymentType | null;
  /**
   * For women only: which statutory retirement age applies (干部 55 / 工人 50, see
   * retirement.ts). Absent means the union's setting (default 干部).
   */
  retirementCategory?: '干部' | '工人' | null;
  // 证件类型, 是否会员, 岗位类别 (LEDGERS.md §1): optional here until the roster additions land.
  idType?: string | null;
  isMember?: boolean;
  postCategory?: string | null;
  /** Current status; always equals the last entry of statusHistory. */
  status: MemberStatus;
  statusHistory: StatusChange[];
  flags: MemberFlags;
  /** Monthly wage base for dues (元), e.g. 岗位工资 + 薪级工资. */
  wageBase: number | null;
  family: FamilyMember[];
  notes: string;
  /** Position in the roster as the chair keeps it (the order of the imported file). */
  rosterOrder: number;
  /** Set on members created by 载入示例数据, so they can be removed in one click. */
  demo?: 1;
  createdAt: string;
  updatedAt: string;
}

/** A managed list entry: 部门 or 工会小组. */
export interface OrgUnit {
  id: string;
  name: string;
  order: number;
  /** 小组长 (for union groups) */
  leaderId?: string | null;
  demo?: 1;
}

/** Appends a dated status change; the member's status follows the newest entry by date. */
export function withStatus(m: Member, change: StatusChange): Member {
  const history = [...m.statusHistory, change].sort((a, b) => a.date.localeCompare(b.date));
  return { ...m, statusHistory: history, status: history[history.length - 1]!.status };
}

export function newMember(
  fields: Partial<Member> & Pick<Member, 'id' | 'name'>,
  now: string = new Date().toISOString(),
): Member {
  const status = fields.status ?? '在职';
  return {
    gender: null,
    idNumber: null,
    birthDate: null,
    ethnicity: null,
    politicalStatus: null,
    education: null,
    title: null,
    post: null,
    department: null,
    unionGroup: null,
    phone: null,
    hireDate: null,
    joinDate: null,
    employmentType: null,
    flags: {},
    wageBase: null,
    family: [],
    notes: '',
    rosterOrder: 0,
    createdAt: now,
    updatedAt: now,
    ...fields,
    status,
    statusHistory: fields.statusHistory ?? [{ status, date: fields.joinDate ?? now.slice(0, 10) }],
  };
}
