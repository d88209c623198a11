import { checkIdNumber } from '../../../shared/core/ids';
import type { IsoDate } from '../../../shared/core/text';
import type {
  EmploymentType,
  FamilyMember,
  Gender,
  Member,
  MemberFlags,
  ModelWorkerLevel,
} from '../../../shared/ledgers/roster';

/**
 * The member form's values: text fields as strings ('' when empty, as inputs want them),
 * dates as 'YYYY-MM-DD' or null. `fromFormValues` turns them back into a Member, with
 * '' stored as null (DOMAIN: optional facts are null when unknown, never '').
 */
export interface MemberFormValues {
  name: string;
  gender: Gender | null;
  idNumber: string;
  birthDate: IsoDate | null;
  ethnicity: string;
  politicalStatus: string | null;
  education: string;
  title: string;
  post: string;
  department: string | null;
  unionGroup: string | null;
  phone: string;
  hireDate: IsoDate | null;
  joinDate: IsoDate | null;
  employmentType: EmploymentType | null;
  retirementCategory: '干部' | '工人' | null;
  hardship: boolean;
  modelWorker: ModelWorkerLevel | null;
  singleParent: boolean;
  migrantWorker: boolean;
  wageBase: number | '';
  family: FamilyMember[];
  notes: string;
}

export function toFormValues(m: Member): MemberFormValues {
  return {
    name: m.name,
    gender: m.gender,
    idNumber: m.idNumber ?? '',
    birthDate: m.birthDate,
    ethnicity: m.ethnicity ?? '',
    politicalStatus: m.politicalStatus,
    education: m.education ?? '',
    title: m.title ?? '',
    post: m.post ?? '',
    department: m.department,
    unionGroup: m.unionGroup,
    phone: m.phone ?? '',
    hireDate: m.hireDate,
    joinDate: m.joinDate,
    employmentType: m.employmentType,
    retirementCategory: m.retirementCategory ?? null,
    hardship: m.flags.hardship === true,
    modelWorker: m.flags.modelWorker ?? null,
    singleParent: m.flags.singleParent === true,
    migrantWorker: m.flags.migrantWorker === true,
    wageBase: m.wageBase ?? '',
    family: m.family.map((f) => ({ ...f, birthDate: f.birthDate ?? null, note: f.note ?? '' })),
    notes: m.notes,
  };
}

const orNull = (s: string | null): string | null => {
  const t = s?.trim() ?? '';
  return t === '' ? null : t;
};

export function fromFormValues(v: MemberFormValues, base: Member): Member {
  const flags: MemberFlags = {};
  if (v.hardship) flags.hardship = true;
  if (v.modelWorker) flags.modelWorker = v.modelWorker;
  if (v.singleParent) flags.singleParent = true;
  if (v.migrantWorker) flags.migrantWorker = true;
  const m: Member = {
    ...base,
    name: v.name.trim(),
    gender: v.gender,
    idNumber: orNull(v.idNumber),
    birthDate: v.birthDate,
    ethnicity: orNull(v.ethnicity),
    politicalStatus: orNull(v.politicalStatus),
    education: orNull(v.education),
    title: orNull(v.title),
    post: orNull(v.post),
    department: orNull(v.department),
    unionGroup: orNull(v.unionGroup),
    phone: orNull(v.phone)?.replace(/\s/g, '') ?? null,
    hireDate: v.hireDate,
    joinDate: v.joinDate,
    employmentType: v.employmentType,
    flags,
    wageBase: v.wageBase === '' ? null : v.wageBase,
    family: v.family
      .filter((f) => f.name.trim() !== '')
      .map((f) => {
        const out: FamilyMember = {
          relation: f.relation,
          name: f.name.trim(),
          birthDate: f.birthDate ?? null,
        };
        if (f.note && f.note.trim() !== '') out.note = f.note.trim();
        return out;
      }),
    notes: v.notes.trim(),
  };
  if (v.gender === '女' && v.retirementCategory) m.retirementCategory = v.retirementCategory;
  else delete m.retirementCategory;
  return m;
}

/** What the ID number says, when it is valid. */
export function idFacts(idNumber: string): { birthDate: IsoDate; gender: Gender } | null {
  if (idNumber.trim() === '') return null;
  const c = checkIdNumber(idNumber);
  return c.ok ? { birthDate: c.birthDate, gender: c.gender } : null;
}

/** Warnings (not errors) where a typed birth date or gender disagrees with the ID number. */
export function idConflicts(v: Pick<MemberFormValues, 'idNumber' | 'birthDate' | 'gender'>): {
  birthDate?: string;
  gender?: string;
} {
  const facts = idFacts(v.idNumber);
  if (!facts) return {};
  const out: { birthDate?: string; gender?: string } = {};
  if (v.birthDate && v.birthDate !== facts.birthDate)
    out.birthDate = `与身份证号中的出生日期（${facts.birthDate}）不一致`;
  if (v.gender && v.gender !== facts.gender)
    out.gender = `与身份证号显示的性别（${facts.gender}）不一致`;
  return out;
}

/** Blocking problems, field → Chinese message. */
export function validateMemberForm(
  v: MemberFormValues,
): Partial<Record<keyof MemberFormValues, string>> {
  const e: Partial<Record<keyof MemberFormValues, string>> = {};
  if (v.name.trim() === '') e.name = '请填写姓名';
  if (v.idNumber.trim() !== '') {
    const c = checkIdNumber(v.idNumber);
    if (!c.ok) e.idNumber = c.message;
  }
  const phone = v.phone.replace(/[\s-]/g, '');
  if (phone !== '' && !/^\d{7,12}$/.test(phone))
    e.phone = '电话号码应为7到12位数字，例如 13812345678';
  if (v.birthDate && v.joinDate && v.joinDate < v.birthDate)
    e.joinDate = '入会时间不能早于出生日期';
  if (v.wageBase !== '' && (v.wageBase < 0 || !Number.isFinite(v.wageBase)))
    e.wageBase = '缴费工资基数不能为负数';
  return e;
}
