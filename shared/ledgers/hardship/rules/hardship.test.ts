import { describe, expect, it } from 'vitest';
import {
  causesCell,
  assistanceCampaignText,
  emptyAssistanceDraft,
  emptyFileDraft,
  isOpenOn,
  parseCausesCell,
  parseTier,
  superiorText,
  validateAssistance,
  validateFile,
  type HardshipFileDraft,
} from './hardship';

const valid = (): HardshipFileDraft => ({
  ...emptyFileDraft('m1', '李明', '2026-03-10'),
  mainCause: '患重特大疾病',
  secondaryCauses: ['子女上学'],
});
const fields = (d: HardshipFileDraft) => validateFile(d).map((e) => e.field);

describe('validateFile', () => {
  it('accepts a complete file', () => {
    expect(validateFile(valid())).toEqual([]);
  });

  it('requires the member, a main cause and a filing date', () => {
    const errors = validateFile({ ...valid(), memberId: '', mainCause: ' ', filingDate: '' });
    expect(errors.map((e) => e.message)).toEqual([
      '请从花名册选择困难职工',
      '请选择主要致困原因',
      '请填写建档日期',
    ]);
  });

  it('allows three secondary causes and refuses a fourth', () => {
    const three = ['子女上学', '收入低', '单亲家庭'];
    expect(fields({ ...valid(), secondaryCauses: three })).toEqual([]);
    const four = validateFile({ ...valid(), secondaryCauses: [...three, '下岗失业'] });
    expect(four).toEqual([{ field: 'secondaryCauses', message: '次要致困原因最多3项，现有4项' }]);
  });

  it('refuses the main cause again as secondary, and duplicates', () => {
    expect(validateFile({ ...valid(), secondaryCauses: ['患重特大疾病'] })[0]!.message).toBe(
      '“患重特大疾病”已是主要原因，不必再列为次要原因',
    );
    expect(fields({ ...valid(), secondaryCauses: ['收入低', '收入低'] })).toEqual([
      'secondaryCauses',
    ]);
  });

  it('names the household row with a problem', () => {
    const d = valid();
    d.household = [
      ...d.household,
      { relation: '配偶', name: '', monthlyIncomeCents: 12.5, health: '', occupation: '' },
    ];
    d.householdSize = 2;
    expect(validateFile(d).map((e) => e.message)).toEqual([
      '家庭成员第2行：请填写姓名',
      '家庭成员第2行：月收入应为不小于0的金额（最多两位小数）',
    ]);
  });

  it('wants a household size of at least the people listed, 1 to 30', () => {
    const d = valid();
    d.household = [d.household[0]!, { ...d.household[0]!, relation: '配偶', name: '王' }];
    d.householdSize = 1;
    expect(validateFile(d)[0]!.message).toBe('家庭人口1人，少于列出的家庭成员2人');
    expect(fields({ ...valid(), householdSize: 0 })).toEqual(['householdSize']);
    expect(fields({ ...valid(), householdSize: 30 })).toEqual([]);
    expect(fields({ ...valid(), householdSize: 31 })).toEqual(['householdSize']);
  });

  it('checks dates in order: filing not before survey, 脱困 with a date not before filing', () => {
    expect(validateFile({ ...valid(), surveyDate: '2026-03-11' })[0]!.message).toBe(
      '建档日期早于调查日期',
    );
    expect(validateFile({ ...valid(), publicNoticeDate: '2026-02-30' })[0]!.message).toBe(
      '公示日期“2026-02-30”不是有效日期',
    );
    expect(validateFile({ ...valid(), status: '脱困' })[0]!.message).toBe('请填写脱困日期');
    expect(fields({ ...valid(), status: '脱困', exitDate: '2026-03-09' })).toEqual(['exitDate']);
    expect(fields({ ...valid(), status: '脱困', exitDate: '2026-03-10' })).toEqual([]);
    expect(fields({ ...valid(), exitDate: '2026-05-01' })).toEqual(['exitDate']);
  });
});

describe('validateAssistance', () => {
  const base = () => ({ ...emptyAssistanceDraft('f1', '2026-08-25'), amountCents: 100_000 });

  it('accepts a 慰问金 and refuses a zero or fractional amount', () => {
    expect(validateAssistance(base())).toEqual([]);
    expect(validateAssistance({ ...base(), amountCents: 0 })[0]!.field).toBe('amountCents');
    expect(validateAssistance({ ...base(), amountCents: 1 })).toEqual([]);
    expect(validateAssistance({ ...base(), amountCents: 0.5 })[0]!.field).toBe('amountCents');
  });

  it('wants the child and school for 金秋助学', () => {
    const d = { ...base(), kind: '金秋助学' as const };
    expect(validateAssistance(d).map((e) => e.message)).toEqual([
      '金秋助学请填写受助子女姓名',
      '金秋助学请填写就读学校',
    ]);
    expect(
      validateAssistance({
        ...d,
        student: { childName: '李晓雨', school: '省师范大学', grade: '大二' },
      }),
    ).toEqual([]);
  });

  it('wants what was given for 物资, and an application date before a decision', () => {
    expect(validateAssistance({ ...base(), kind: '物资' })[0]!.field).toBe('notes');
    expect(validateAssistance({ ...base(), superiorApproved: true })[0]!.message).toBe(
      '填写了上级批准结果，但没有上级申请日期',
    );
    expect(
      validateAssistance({ ...base(), superiorAppliedOn: '2026-08-01', superiorApproved: true }),
    ).toEqual([]);
  });

  it('refuses a date before the file was opened', () => {
    expect(
      validateAssistance({ ...base(), date: '2026-01-01' }, { filingDate: '2026-01-02' })[0]!
        .message,
    ).toBe('帮扶日期早于建档日期（2026-01-02）');
    expect(
      validateAssistance({ ...base(), date: '2026-01-02' }, { filingDate: '2026-01-02' }),
    ).toEqual([]);
  });
});

describe('tiers, causes and status', () => {
  it('reads the current tiers and maps the older 特困/重困/一般困难 in', () => {
    expect(parseTier('深度困难')).toBe('深度困难');
    expect(parseTier('特困职工')).toBe('深度困难');
    expect(parseTier('重困')).toBe('相对困难');
    expect(parseTier('一般困难')).toBe('相对困难');
    expect(parseTier('意外致困')).toBe('意外致困');
    expect(parseTier('很困难')).toBeNull();
  });

  it('writes causes main first and reads them back', () => {
    const f = { mainCause: '患重特大疾病', secondaryCauses: ['子女上学', '收入低'] };
    expect(causesCell(f)).toBe('患重特大疾病、子女上学、收入低');
    expect(parseCausesCell(causesCell(f))).toEqual(f);
    expect(parseCausesCell('下岗失业，单亲家庭')).toEqual({
      mainCause: '下岗失业',
      secondaryCauses: ['单亲家庭'],
    });
  });

  it('is open from the filing day until the exit day', () => {
    const f = { filingDate: '2026-01-12', status: '脱困' as const, exitDate: '2026-09-30' };
    expect(isOpenOn(f, '2026-01-11')).toBe(false);
    expect(isOpenOn(f, '2026-01-12')).toBe(true);
    expect(isOpenOn(f, '2026-09-29')).toBe(true);
    expect(isOpenOn(f, '2026-09-30')).toBe(false);
    expect(isOpenOn({ ...f, status: '在档', exitDate: null }, '2030-01-01')).toBe(true);
  });

  it('says where an application to the superior union stands', () => {
    expect(superiorText({ superiorAppliedOn: null, superiorApproved: null })).toBe('未申请');
    expect(superiorText({ superiorAppliedOn: '2026-03-28', superiorApproved: null })).toBe(
      '2026-03-28申请，待批',
    );
    expect(superiorText({ superiorAppliedOn: '2026-03-28', superiorApproved: false })).toBe(
      '2026-03-28申请，未批准',
    );
  });
});

describe('assistanceCampaignText', () => {
  it('names the child for 金秋助学, else the kind and its 说明', () => {
    const a = emptyAssistanceDraft('f', '2026-08-25');
    expect(
      assistanceCampaignText({
        ...a,
        kind: '金秋助学',
        student: { childName: '王小明', school: '城南小学', grade: '五年级' },
      }),
    ).toBe('金秋助学：王小明');
    expect(assistanceCampaignText({ ...a, kind: '物资', notes: ' 大米2袋 ' })).toBe(
      '物资：大米2袋',
    );
    expect(assistanceCampaignText({ ...a, kind: '慰问金' })).toBe('慰问金');
  });
});
