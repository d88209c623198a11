import { describe, expect, it } from 'vitest';
import { fieldForHeader, normalizeHeader } from './headerSynonyms';

const fieldOf = (header: string) => fieldForHeader(normalizeHeader(header));

describe('column headers', () => {
  it('match whatever spacing, markers and remarks surround them', () => {
    expect(fieldOf('姓 名')).toBe('name');
    expect(fieldOf('* 姓名')).toBe('name');
    expect(fieldOf('身份证号（18位）')).toBe('idNumber');
    expect(fieldOf('公民身份号码\n(必填)')).toBe('idNumber');
    expect(fieldOf('出生年月【年.月】')).toBe('birthDate');
    expect(fieldOf('手机号码：')).toBe('phone');
    expect(fieldOf('ＩＤ')).toBeNull();
  });

  it('know the usual words for each member field', () => {
    expect(fieldOf('教研组')).toBe('department');
    expect(fieldOf('年级组')).toBe('department');
    expect(fieldOf('所属小组')).toBe('unionGroup');
    expect(fieldOf('参加工作时间')).toBe('hireDate');
    expect(fieldOf('入会年月')).toBe('joinDate');
    expect(fieldOf('文化程度')).toBe('education');
    expect(fieldOf('专业技术职务')).toBe('title');
    expect(fieldOf('编制情况')).toBe('employmentType');
    expect(fieldOf('缴费基数')).toBe('wageBase');
    expect(fieldOf('退休教师姓名')).toBe('name');
    expect(fieldOf('证件种类')).toBe('idType');
    expect(fieldOf('证件号码')).toBe('idNumber');
    expect(fieldOf('是否工会会员')).toBe('isMember');
    expect(fieldOf('岗位类别')).toBe('postCategory');
  });

  it('leave columns they do not know unmapped', () => {
    expect(fieldOf('序号')).toBeNull();
    expect(fieldOf('办公电话')).toBeNull();
    expect(fieldOf('签名')).toBeNull();
  });
});
