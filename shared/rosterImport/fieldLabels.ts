import type { MemberField } from '../excel/import/types';

/** Chinese names of the fields a roster column can fill (mapping step, change lists). */
export const MEMBER_FIELD_LABELS: Record<MemberField | 'status', string> = {
  name: '姓名',
  gender: '性别',
  idNumber: '身份证号',
  birthDate: '出生日期',
  ethnicity: '民族',
  politicalStatus: '政治面貌',
  education: '学历',
  title: '职称',
  post: '岗位/职务',
  department: '部门',
  unionGroup: '工会小组',
  phone: '手机',
  hireDate: '参加工作时间',
  joinDate: '入会时间',
  employmentType: '用工性质',
  status: '会员状态',
  notes: '备注',
  wageBase: '工资基数',
};
