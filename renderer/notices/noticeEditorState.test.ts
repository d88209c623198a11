import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTICE_TEMPLATES } from '../../shared/ledgers/notices';
import type { NoticeRecord } from '../../shared/ledgers/notices';
import { insertAt, stateFromRecord, stateFromTemplate } from './noticeEditorState';

const meeting = DEFAULT_NOTICE_TEMPLATES.find((t) => t.kind === '会议通知')!;

describe('notice editor state', () => {
  it('opens a saved notice with its saved values and its 文号', () => {
    const record = {
      id: 'doc-1',
      year: 2026,
      seq: 3,
      prefix: '城南工',
      number: '城南工〔2026〕3号',
      title: '关于召开教职工大会的通知',
      date: '2026-11-21',
      activityId: null,
      kind: '会议通知',
      templateId: meeting.id,
      source: stateFromTemplate(meeting, { date: '2026-11-21', prefix: '' }).source,
      values: { 活动名称: '教职工大会', 文号: '城南工〔2026〕3号', 日期: '2026年11月21日' },
      issuer: null,
      document: null,
      createdAt: '',
      updatedAt: '',
    } satisfies NoticeRecord;
    const state = stateFromRecord(record, '别的工')!;
    expect(state.number).toBe('城南工〔2026〕3号');
    expect(state.prefix).toBe('城南工');
    expect(state.typed).toEqual({ 活动名称: '教职工大会' });
  });

  it('inserts a merge field at the caret, replacing a selection', () => {
    expect(insertAt('会议时间：。', 5, 5, '{时间}')).toEqual({
      text: '会议时间：{时间}。',
      caret: 9,
    });
    expect(insertAt('地点：XX。', 3, 5, '{地点}')).toEqual({ text: '地点：{地点}。', caret: 7 });
  });
});
