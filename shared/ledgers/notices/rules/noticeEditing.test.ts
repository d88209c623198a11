import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTICE_TEMPLATES } from './noticeTemplates';
import {
  layeredValues,
  noticeValues,
  noticeYear,
  previewDocumentNumber,
  profileNoticeValues,
  usedFields,
} from './noticeEditing';

const meeting = DEFAULT_NOTICE_TEMPLATES.find((t) => t.kind === '会议通知')!;
const register = [
  { year: 2026, seq: 2, prefix: '城南工' },
  { year: 2026, seq: 0, prefix: '' },
  { year: 2025, seq: 9, prefix: '城南工' },
];
const preview = (over: Partial<Parameters<typeof previewDocumentNumber>[0]> = {}) =>
  previewDocumentNumber({
    numbered: true,
    number: null,
    prefix: '城南工',
    year: 2026,
    register,
    ...over,
  });

describe('notice merge values', () => {
  it('lists the fields a meeting notice asks for, leaving 文号 and 日期 to the editor', () => {
    const fields = usedFields(meeting);
    expect(fields.slice(0, 5)).toEqual(['活动名称', '工会名称', '时间', '地点', '参加人员']);
    expect(fields).not.toContain('文号');
    expect(fields).not.toContain('日期');
  });

  it('lets what the chair typed win over the activity, and the activity over the profile', () => {
    const values = layeredValues(
      { 工会名称: '城南小学工会委员会', 地点: undefined },
      { 地点: '学校报告厅', 活动名称: '教职工大会' },
      { 地点: '三楼会议室' },
    );
    expect(values).toEqual({
      工会名称: '城南小学工会委员会',
      地点: '三楼会议室',
      活动名称: '教职工大会',
    });
  });

  it('answers 联系人 with the chair from the profile, and nothing without a profile', () => {
    const profile = { unionName: '城南小学工会委员会', unitName: '城南小学', chairName: '李梅' };
    expect(profileNoticeValues(profile)).toMatchObject({
      工会名称: '城南小学工会委员会',
      联系人: '李梅',
    });
    expect(profileNoticeValues(null)).toEqual({});
  });

  it('writes 日期 in words and sets 文号 only when there is one', () => {
    const values = noticeValues(
      { values: { 文号: '旧号', 地点: '礼堂' }, date: '2026-11-21' },
      null,
    );
    expect(values).toEqual({ 地点: '礼堂', 日期: '2026年11月21日' });
    expect(noticeValues({ values: {}, date: '2026-11-21' }, '城南工〔2026〕3号').文号).toBe(
      '城南工〔2026〕3号',
    );
  });
});

describe('the 文号 preview', () => {
  it('expects the next number of the notice year as 预计编号 until saved', () => {
    const p = preview();
    expect(p.expected).toBe('城南工〔2026〕3号');
    expect(p.hint).toBe('保存时分配：城南工〔2026〕3号');
    expect(p.notes.join()).toMatch(/预计编号/);
  });

  it('starts each year at 1', () => {
    expect(preview({ year: 2027 }).expected).toBe('城南工〔2027〕1号');
  });

  it('asks for the 机关代字 before it can number', () => {
    expect(preview({ prefix: '  ' })).toEqual({
      expected: null,
      hint: undefined,
      notes: ['请填写发文机关代字，才能编发文号。'],
    });
  });

  it('keeps a registered 文号 and expects none for an unnumbered notice', () => {
    expect(preview({ number: '城南工〔2026〕1号' })).toMatchObject({
      expected: null,
      hint: '已登记文号：城南工〔2026〕1号',
    });
    expect(preview({ numbered: false }).expected).toBeNull();
    expect(preview({ register: undefined }).expected).toBeNull();
  });

  it('takes the year from the 成文日期, this year when none is set', () => {
    expect(noticeYear('2025-12-31', 2026)).toBe(2025);
    expect(noticeYear('', 2026)).toBe(2026);
  });
});
