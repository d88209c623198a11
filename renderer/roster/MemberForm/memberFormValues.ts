import { todayIso, type IsoDate } from '../../../shared/core/text';
import type {
  EmploymentType,
  FamilyMember,
  Gender,
  IdType,
  Member,
  MemberFlags,
  ModelWorkerLevel,
} from '../../../shared/ledgers/roster';
import { isUnionMember } from '../../../shared/ledgers/roster';
import { checkMemberFacts, type MemberFactsCheck } from '../../../shared/ledgers/roster';

/**
 * The member form's values: text fields as strings ('' when empty, as inputs want them),
 * dates as 'YYYY-MM-DD' or null. `fromFormValues` turns them back into a Member, with
 * '' stored as null (DOMAIN: optional facts are null when unknown, never '').
 * The personal facts (ID number, birth date, gender, phone, 入会时间) are checked by
 * checkMemberFacts, exactly as the roster import checks them: its errors block saving, its
 * warnings show under the field, and what is saved is what the import would store.
 */
export interface MemberFormValues {
  name: string;
  gender: Gender | null;
  idType: IdType;
  idNumber: string;
  birthDate: IsoDate | null;
  ethnicity: string;
  politicalStatus: string | null;
  education: string;
  title: string;
  post: string;
  postCategory: string | null;
  department: string | null;
  unionGroup: string | null;
  phone: string;
  hireDate: IsoDate | null;
  joinDate: IsoDate | null;
  isMember: boolean;
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
    idType: m.idType,
    idNumber: m.idNumber ?? '',
    birthDate: m.birthDate,
    ethnicity: m.ethnicity ?? '',
    politicalStatus: m.politicalStatus,
    education: m.education ?? '',
    title: m.title ?? '',
    post: m.post ?? '',
    postCategory: m.postCategory,
    department: m.department,
    unionGroup: m.unionGroup,
    phone: m.phone ?? '',
    hireDate: m.hireDate,
    joinDate: m.joinDate,
    isMember: isUnionMember(m),
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

/** The form's facts through the one member-facts check. */
export function checkFormFacts(
  v: Pick<
    MemberFormValues,
    'idType' | 'idNumber' | 'birthDate' | 'gender' | 'phone' | 'joinDate' | 'isMember'
  >,
  today: IsoDate = todayIso(),
): MemberFactsCheck {
  return checkMemberFacts(
    {
      idType: v.idType,
      idNumber: orNull(v.idNumber),
      birthDate: v.birthDate ? { date: v.birthDate, precision: 'day' } : null,
      gender: v.gender,
      phone: orNull(v.phone),
      joinDate: v.joinDate,
      isMember: v.isMember,
    },
    today,
  );
}

export function fromFormValues(v: MemberFormValues, base: Member): Member {
  const flags: MemberFlags = {};
  if (v.hardship) flags.hardship = true;
  if (v.modelWorker) flags.modelWorker = v.modelWorker;
  if (v.singleParent) flags.singleParent = true;
  if (v.migrantWorker) flags.migrantWorker = true;
  const { facts } = checkFormFacts(v);
  const m: Member = {
    ...base,
    name: v.name.trim(),
    gender: facts.gender,
    idType: v.idType,
    idNumber: facts.idNumber,
    birthDate: facts.birthDate,
    ethnicity: orNull(v.ethnicity),
    politicalStatus: orNull(v.politicalStatus),
    education: orNull(v.education),
    title: orNull(v.title),
    post: orNull(v.post),
    postCategory: orNull(v.postCategory),
    department: orNull(v.department),
    unionGroup: orNull(v.unionGroup),
    phone: facts.phone,
    hireDate: v.hireDate,
    joinDate: v.joinDate,
    isMember: facts.isMember ?? v.isMember,
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

/** What a 居民身份证 number says, when it is valid (the form fills birth date and gender from it). */
export function idFacts(
  idNumber: string,
  idType: IdType = '居民身份证',
): { birthDate: IsoDate; gender: Gender } | null {
  const { validId, facts } = checkFormFacts({
    idType,
    isMember: true,
    idNumber,
    birthDate: null,
    gender: null,
    phone: '',
    joinDate: null,
  });
  return validId && facts.birthDate && facts.gender
    ? { birthDate: facts.birthDate, gender: facts.gender }
    : null;
}

type FormMessages = Partial<Record<keyof MemberFormValues, string>>;

/** Warnings (not errors) of the member-facts check, field → Chinese message. */
export function memberFormWarnings(v: MemberFormValues): FormMessages {
  const out: FormMessages = {};
  for (const i of checkFormFacts(v).issues)
    if (i.severity === 'warning') out[i.field] ??= i.message;
  return out;
}

/** Blocking problems, field → Chinese message. */
export function validateMemberForm(v: MemberFormValues): FormMessages {
  const e: FormMessages = {};
  if (v.name.trim() === '') e.name = '请填写姓名';
  for (const i of checkFormFacts(v).issues) if (i.severity === 'error') e[i.field] ??= i.message;
  if (v.wageBase !== '' && (v.wageBase < 0 || !Number.isFinite(v.wageBase)))
    e.wageBase = '缴费工资基数不能为负数';
  return e;
}
