import { describe, expect, it } from 'vitest';
import { mergeNotice, mergeText, profileMergeValues } from './noticeMerge';
import { DEFAULT_NOTICE_TEMPLATES, NOTICE_KINDS } from './noticeTemplates';

const meeting = DEFAULT_NOTICE_TEMPLATES.find((t) => t.kind === '会议通知')!;

describe('mergeText', () => {
  it('fills known fields and reports the empty and the unknown ones', () => {
    const r = mergeText('请于{时间}到{地点}参加{活动名称}，{地址}', {
      时间: '11月21日下午3:00',
      地点: '',
    });
    expect(r.text).toBe('请于11月21日下午3:00到{地点}参加{活动名称}，{地址}');
    expect(r.empty).toEqual(['地点', '活动名称']);
    expect(r.unknown).toEqual(['地址']);
    expect(
      r.parts.filter((p) => p.kind === 'field').map((p) => (p.kind === 'field' ? p.status : '')),
    ).toEqual(['filled', 'empty', 'empty', 'unknown']);
  });

  it('accepts a field the chair added herself when it has a value', () => {
    expect(mergeText('奖品：{奖品}', { 奖品: '保温杯' })).toMatchObject({
      text: '奖品：保温杯',
      unknown: [],
    });
  });
});

describe('mergeNotice', () => {
  const values = {
    ...profileMergeValues(
      { unionName: '第一中学工会委员会', unitName: '第一中学', chairName: '李华' },
      '2026-11-21',
    ),
    文号: '一中工〔2026〕3号',
    活动名称: '第四届教职工代表大会第二次会议',
    时间: '2026年11月28日（星期六）下午2:30',
    地点: '学校报告厅',
    参加人员: '全体教代会代表',
    内容: '审议工会工作报告；审议提案处理情况。',
    联系人: '王老师',
    联系电话: '0571-12345678',
  };

  it('produces a notice with the 文号, title, signature and date filled in', () => {
    const { document, empty, unknown } = mergeNotice(meeting, values);
    expect(document.documentNumber).toBe('一中工〔2026〕3号');
    expect(document.title).toBe('关于召开第四届教职工代表大会第二次会议的通知');
    expect(document.signature).toBe('第一中学工会委员会');
    expect(document.date).toBe('2026年11月21日');
    expect(document.paragraphs.join('')).toContain('学校报告厅');
    expect(empty).toEqual([]);
    expect(unknown).toEqual([]);
  });

  it('lists the fields still to fill when values are missing', () => {
    const { empty } = mergeNotice(meeting, { 工会名称: '第一中学工会委员会' });
    expect(empty).toEqual(expect.arrayContaining(['活动名称', '时间', '地点', '日期', '文号']));
  });

  it('ships a default template for each kind of notice', () => {
    expect(NOTICE_KINDS.every((k) => DEFAULT_NOTICE_TEMPLATES.some((t) => t.kind === k))).toBe(
      true,
    );
  });
});
