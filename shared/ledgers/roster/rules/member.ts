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

/**
 * 证件类型 (LEDGERS.md §1). Only a 居民身份证 number is checked against GB 11643 and gives
 * birth date and gender; the others are kept as typed.
 */
export const ID_TYPES = [
  '居民身份证',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '外国人永久居留身份证',
  '护照',
  '其他',
] as const;
export type IdType = (typeof ID_TYPES)[number];
export const DEFAULT_ID_TYPE: IdType = '居民身份证';

/**
 * 岗位类别, for the composition rates (中层干部 share, 专任教师 share …). A fixed list for now;
 * LEDGERS.md §1 wants it editable (a union setting) — `postCategory` is a string so a
 * custom category needs no schema change.
 */
export const POST_CATEGORIES = [
  '校级领导',
  '中层干部',
  '专任教师',
  '职员',
  '工勤',
  '其他',
] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

export const MODEL_WORKER_LEVELS = ['全国', '省部级', '市级', '县区级'] as const;
export type ModelWorkerLevel = (typeof MODEL_WORKER_LEVELS)[number];

/**
 * The date of a status change: a day, or '' when it is not known (e.g. 在职 since before
 * records were kept, or 退休 read from a 退休 sheet with no date). An unknown date sorts
 * before every known one (LEDGERS.md §1), and is stored as plain '' so backups stay exact.
 */
export type StatusDate = IsoDate | '';

/** One dated status change (「为402名历年离退休职工办理了退会手续」: history, not overwrites). */
export interface StatusChange {
  status: MemberStatus;
  /** '' when unknown: sorts first, shown as 「—」, exported blank. */
  date: StatusDate;
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
  /** 证件类型 of idNumber (default 居民身份证, also when there is no number). */
  idType: IdType;
  /** 18-digit form when a valid 居民身份证; kept as typed otherwise. */
  idNumber: string | null;
  birthDate: IsoDate | null;
  ethnicity: string | null;
  politicalStatus: string | null;
  education: string | null;
  /** 职称 */
  title: string | null;
  /** 岗位/职务 */
  post: string | null;
  /** 岗位类别: one of POST_CATEGORIES (or a category the union added), null when unknown. */
  postCategory: string | null;
  /** 部门/处室/年级组/教研组 */
  department: string | null;
  /** 工会小组 */
  unionGroup: string | null;
  phone: string | null;
  /** 参加工作时间 */
  hireDate: IsoDate | null;
  /** 入会时间 */
  joinDate: IsoDate | null;
  /**
   * 是否会员: the roster holds every 教职工, members or not (e.g. 劳务派遣 canteen staff), because
   * 入会率 needs both. Ask isUnionMember, which also counts a filled 入会时间.
   */
  isMember: boolean;
  employmentType: EmploymentType | null;
  /**
   * For women only: which statutory retirement age applies (干部 55 / 工人 50, see
   * retirement.ts). Absent means the union's setting (default 干部).
   */
  retirementCategory?: '干部' | '工人' | null;
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

/**
 * Whether the person is a union member (会员): marked 会员, or has a 入会时间 (LEDGERS.md §1).
 * Status (在职/退休/退会 …) is a separate question, answered by the status history.
 */
export function isUnionMember(m: Pick<Member, 'isMember' | 'joinDate'>): boolean {
  return m.isMember || m.joinDate !== null;
}

/**
 * The first status entry of a person new to the roster: dated 入会时间, else 参加工作时间,
 * else unknown ('') — never the day the record was made (LEDGERS.md §1), so a back-dated
 * change (退休 on the date of the letter) still sorts after it.
 */
export function firstStatusDate(m: Pick<Member, 'joinDate' | 'hireDate'>): StatusDate {
  return m.joinDate ?? m.hireDate ?? '';
}

/** Orders status entries by date, unknown ('') first; entries on one day keep their order. */
export function sortStatusHistory(history: readonly StatusChange[]): StatusChange[] {
  return [...history].sort((a, b) => (a.date || '').localeCompare(b.date || ''));
}

/** Appends a dated status change; the member's status follows the newest entry by date. */
export function withStatus(m: Member, change: StatusChange): Member {
  const history = sortStatusHistory([...m.statusHistory, change]);
  return { ...m, statusHistory: history, status: history[history.length - 1]!.status };
}

export function newMember(
  fields: Partial<Member> & Pick<Member, 'id' | 'name'>,
  now: string = new Date().toISOString(),
): Member {
  const status = fields.status ?? '在职';
  return {
    gender: null,
    idType: DEFAULT_ID_TYPE,
    idNumber: null,
    birthDate: null,
    ethnicity: null,
    politicalStatus: null,
    education: null,
    title: null,
    post: null,
    postCategory: null,
    department: null,
    unionGroup: null,
    phone: null,
    hireDate: null,
    joinDate: null,
    isMember: true,
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
    statusHistory: fields.statusHistory ?? [
      {
        status,
        date:
          status === '在职'
            ? firstStatusDate({
                joinDate: fields.joinDate ?? null,
                hireDate: fields.hireDate ?? null,
              })
            : '',
      },
    ],
  };
}
