import type { IsoDate } from '../../../core/text/dates';
import {
  checkIdNumber,
  cleanIdInput,
  ID_PROBLEM_MESSAGES,
  type IdProblem,
} from '../../../core/ids/idNumber';
import type { LooseDate } from '../../../core/text/normalizeDate';
import { parsePhone } from '../../../core/text/normalizePhone';
import { DEFAULT_ID_TYPE, type Gender, type IdType } from './member';
import { guessIdType } from './memberVocabulary';

/*
 * The one check of a member's personal facts, used by the roster reader, the import
 * preview's row fix and the member form alike: same input, same values, same messages.
 * The ID number (GB 11643) is the authority for birth date and gender; a typed value that
 * disagrees is reported and the ID's kept — for a 居民身份证 only: other 证件类型 are kept as
 * typed and checked for nothing. Messages say what is wrong, in Chinese, never
 * repeating the ID number or phone (they are sensitive and issues may be shown unmasked).
 */

/** The facts as typed (already read from their cells or inputs). */
export interface TypedMemberFacts {
  /** 证件类型 as stated; null when not stated (the number's shape decides, see guessIdType). */
  idType: IdType | null;
  /** 身份证号 / 证件号码 as typed; null when empty. */
  idNumber: string | null;
  /** True when Excel stored the ID as a number and its last digits are gone. */
  idNumberLost?: boolean;
  /** 出生日期 with the precision it was typed in (1985.03 is month precision). */
  birthDate: LooseDate | null;
  gender: Gender | null;
  /** Phone as typed; null when empty. */
  phone: string | null;
  /** 入会时间 */
  joinDate: IsoDate | null;
  /** 是否会员 as stated; null when not stated. */
  isMember: boolean | null;
}

/** The facts as they will be stored. */
export interface MemberFacts {
  /** null only when neither a type nor a number was given (a new member then gets the default). */
  idType: IdType | null;
  /** 18-digit form when valid; cleaned but kept as typed otherwise; null when lost or empty. */
  idNumber: string | null;
  birthDate: IsoDate | null;
  gender: Gender | null;
  /** 11-digit mobile or 区号-号码 landline; the cleaned text when not a valid number. */
  phone: string | null;
  joinDate: IsoDate | null;
  /** true when stated or when there is a 入会时间 (isUnionMember); null when unknown. */
  isMember: boolean | null;
}

export type MemberFactField =
  'idType' | 'idNumber' | 'birthDate' | 'gender' | 'phone' | 'joinDate' | 'isMember';

export type MemberFactCode =
  | IdProblem
  | 'id-type-guessed'
  | 'birthdate-conflict'
  | 'gender-conflict'
  | 'phone-format'
  | 'join-before-birth'
  | 'member-join-conflict';

export interface MemberFactIssue {
  field: MemberFactField;
  code: MemberFactCode;
  message: string;
  /** 'error': the value cannot be kept as is (the form will not save; the import row is skipped). */
  severity: 'error' | 'warning';
}

export interface MemberFactsCheck {
  facts: MemberFacts;
  /** The 18-digit ID when it passed every check (for duplicate detection). */
  validId: string | null;
  issues: MemberFactIssue[];
}

/** Every code checkMemberFacts can give: callers re-deriving a row drop exactly these. */
export const MEMBER_FACT_CODES: ReadonlySet<string> = new Set<MemberFactCode>([
  'id-format',
  'id-checksum',
  'id-region',
  'id-birthdate',
  'id-precision-lost',
  'id-type-guessed',
  'birthdate-conflict',
  'gender-conflict',
  'phone-format',
  'join-before-birth',
  'member-join-conflict',
]);

export const PHONE_FORMAT_MESSAGE =
  '电话号码格式不正确：手机号应为11位，座机号应带区号（如0571-88881234）';

/** The date as far as it was typed: 1985-03-15, 1985-03 or 1985. */
function shownDate(d: LooseDate): string {
  return d.date.slice(0, d.precision === 'day' ? 10 : d.precision === 'month' ? 7 : 4);
}

function sameDate(typed: LooseDate, exact: IsoDate): boolean {
  const shown = shownDate(typed);
  return exact.slice(0, shown.length) === shown;
}

/** Checks typed member facts; `today` bounds birth dates in ID numbers. */
export function checkMemberFacts(typed: TypedMemberFacts, today: IsoDate): MemberFactsCheck {
  const issues: MemberFactIssue[] = [];
  const add = (
    field: MemberFactField,
    code: MemberFactCode,
    message: string,
    severity: MemberFactIssue['severity'],
  ) => issues.push({ field, code, message, severity });

  let idNumber: string | null = null;
  let validId: string | null = null;
  let birthDate: IsoDate | null = typed.birthDate?.date ?? null;
  let gender = typed.gender;

  const hasNumber = typed.idNumber !== null && typed.idNumber.trim() !== '';
  let idType = typed.idType;
  if (idType === null && hasNumber) {
    const guess = guessIdType(typed.idNumber!);
    idType = guess ?? DEFAULT_ID_TYPE;
    if (guess)
      add(
        'idType',
        'id-type-guessed',
        guess === '其他'
          ? '证件号码不是居民身份证号的格式，已按“其他”证件原样记录，不做身份证校验；如果是身份证号，请核对'
          : `证件号码不是居民身份证号的格式，看起来是${guess}号码，已按${guess}原样记录，不做身份证校验；如不对，请填写“证件类型”`,
        'warning',
      );
  }
  if (idType === null && typed.idNumberLost) idType = DEFAULT_ID_TYPE;

  if (typed.idNumberLost) {
    add('idNumber', 'id-precision-lost', ID_PROBLEM_MESSAGES['id-precision-lost'], 'error');
  } else if (hasNumber && idType !== DEFAULT_ID_TYPE) {
    idNumber = cleanIdInput(typed.idNumber!);
  } else if (hasNumber) {
    const check = checkIdNumber(typed.idNumber!, today);
    if (check.ok) {
      idNumber = validId = check.id18;
      if (typed.birthDate && !sameDate(typed.birthDate, check.birthDate))
        add(
          'birthDate',
          'birthdate-conflict',
          `出生日期填写为“${shownDate(typed.birthDate)}”，与身份证号中的出生日期（${check.birthDate}）不一致，已按身份证号记录`,
          'warning',
        );
      if (gender && gender !== check.gender)
        add(
          'gender',
          'gender-conflict',
          `性别填写为“${gender}”，与身份证号（${check.gender}）不一致，已按身份证号记为“${check.gender}”`,
          'warning',
        );
      birthDate = check.birthDate;
      gender = check.gender;
    } else {
      const other = check.problem === 'id-format' ? guessIdType(typed.idNumber!) : null;
      const hint = other
        ? `；如果这是${other === '其他' ? '其他证件的' : other}号码，请把证件类型改为“${other}”`
        : '';
      add('idNumber', check.problem, check.message + hint, 'error');
      if (check.problem !== 'id-precision-lost') idNumber = cleanIdInput(typed.idNumber!);
    }
  }

  let phone: string | null = null;
  if (typed.phone !== null && typed.phone.trim() !== '') {
    const parsed = parsePhone(typed.phone);
    phone = parsed.phone;
    if (!parsed.ok) add('phone', 'phone-format', PHONE_FORMAT_MESSAGE, 'warning');
  }

  if (typed.joinDate && birthDate && typed.joinDate < birthDate)
    add('joinDate', 'join-before-birth', '入会时间早于出生日期，请核对', 'error');

  // isUnionMember: marked 会员, or has a 入会时间.
  let isMember = typed.isMember;
  if (typed.joinDate !== null) {
    if (isMember === false)
      add(
        'isMember',
        'member-join-conflict',
        '是否会员填写为“否”，但填有入会时间，已按会员记录；如果不是会员，请清空入会时间',
        'warning',
      );
    isMember = true;
  }

  return {
    facts: { idType, idNumber, birthDate, gender, phone, joinDate: typed.joinDate, isMember },
    validId,
    issues,
  };
}
