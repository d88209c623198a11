import { normalizeHeader } from '../../../core/excel/findHeader';
import type { MemberField } from './types';

/*
 * Column headers people use in rosters, per member field. Headers are compared after
 * normalizeHeader, so 「身份证号（18位）」, 「* 姓 名」 and 「手机\n号码」 all match.
 */

const SYNONYMS: Record<MemberField, string[]> = {
  name: ['姓名', '名字', '职工姓名', '会员姓名', '教职工姓名', '教师姓名', '员工姓名', '人员姓名'],
  gender: ['性别'],
  idType: ['证件类型', '证件类别', '证件种类', '证件名称', '身份证件类型'],
  idNumber: [
    '身份证号',
    '身份证号码',
    '公民身份号码',
    '身份证',
    '身份证件号码',
    '证件号码',
    '证件号',
    '身份号码',
  ],
  birthDate: ['出生年月', '出生日期', '出生年月日', '生日', '出生时间'],
  ethnicity: ['民族'],
  politicalStatus: ['政治面貌'],
  education: ['学历', '文化程度', '最高学历'],
  title: ['职称', '专业技术职务', '专业技术职称', '技术职称'],
  post: ['岗位', '职务', '职位', '现任职务', '行政职务'],
  postCategory: ['岗位类别', '岗位类型', '人员岗位类别', '岗位分类'],
  department: [
    '部门',
    '科室',
    '处室',
    '年级组',
    '教研组',
    '所在部门',
    '单位部门',
    '所在科室',
    '部门科室',
    // Personnel systems export a path 「区教育局/城东中学/教务处」: its last part is read.
    '所在机构',
    '所属机构',
    '机构名称',
    '所在单位',
  ],
  unionGroup: ['工会小组', '小组', '所属小组', '所属工会小组'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', '电话号码', '移动电话'],
  hireDate: ['参加工作时间', '参加工作日期', '工作时间', '参加工作年月'],
  joinDate: ['入会时间', '入会日期', '入会年月'],
  isMember: ['是否会员', '是否工会会员', '会员', '是否入会', '会员身份', '会员否'],
  employmentType: ['用工性质', '用工形式', '人员类别', '编制情况', '用工类型'],
  status: ['状态', '人员状态', '会员状态', '在职状态'],
  notes: ['备注', '说明'],
  wageBase: ['工资基数', '缴费基数', '月工资', '会费基数'],
};

const FIELD_BY_HEADER = new Map<string, MemberField>();
for (const [field, words] of Object.entries(SYNONYMS) as [MemberField, string[]][]) {
  for (const w of words) FIELD_BY_HEADER.set(w, field);
}

export { normalizeHeader };

/** The field a (normalized) header names, or null. */
export function fieldForHeader(normalized: string): MemberField | null {
  const field = FIELD_BY_HEADER.get(normalized);
  if (field) return field;
  // 「教研员姓名」「退休教师姓名」…: any header ending in 姓名 is the name column.
  if (normalized.length <= 8 && normalized.endsWith('姓名')) return 'name';
  return null;
}

/** True when the text names the name column (used to skip header rows repeated in the data). */
export function isNameHeader(text: string): boolean {
  return fieldForHeader(normalizeHeader(text)) === 'name';
}
