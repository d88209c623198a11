import { describe, expect, it } from 'vitest';
import {
  emptyActivityDraft,
  formatActivityWhen,
  selectByRule,
  toActivity,
  validateActivity,
  validateKindName,
  DEFAULT_ACTIVITY_KINDS,
  type ActivityDraft,
} from './activity';
import { newMember, withStatus, type Member } from '../../roster/rules/member';

function draft(fields: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    ...emptyActivityDraft('kind-wenti'),
    title: '三八节趣味活动',
    startDate: '2026-03-07',
    ...fields,
  };
}

function roster(): Member[] {
  const m = (id: string, name: string, fields: Partial<Member>, order: number) =>
    newMember(
      { id, name, rosterOrder: order, joinDate: '2000-09-01', ...fields },
      '2026-01-01T00:00:00Z',
    );
  return [
    m('a', '王芳', { gender: '女', department: '语文组', unionGroup: '文科小组' }, 1),
    m('b', '李强', { gender: '男', department: '语文组', unionGroup: '文科小组' }, 2),
    m('c', '张丽', { gender: '女', department: '数学组', unionGroup: '理科小组' }, 3),
    withStatus(m('d', '赵敏', { gender: '女', department: '语文组', unionGroup: '文科小组' }, 4), {
      status: '退休',
      date: '2025-06-30',
    }),
    withStatus(m('e', '陈刚', { gender: '男', department: '数学组' }, 5), {
      status: '调出',
      date: '2025-08-31',
    }),
  ];
}

describe('activity validation', () => {
  it('accepts a titled, dated activity of a known kind and derives its year', () => {
    expect(validateActivity(draft(), new Set(['kind-wenti']))).toEqual({});
    const a = toActivity(draft({ title: '  三八节趣味活动 ' }), {
      id: 'x',
      createdAt: 't',
      updatedAt: 't',
    });
    expect(a.year).toBe(2026);
    expect(a.title).toBe('三八节趣味活动');
  });

  it('asks for a title, a kind and a start date in Chinese', () => {
    const e = validateActivity({ ...emptyActivityDraft(), title: ' ' });
    expect(e.title).toBe('请填写活动名称');
    expect(e.kindId).toBe('请选择活动类别');
    expect(e.startDate).toBe('请选择开始日期');
  });

  it('refuses an end before the start and an end time before the start time on the same day', () => {
    expect(validateActivity(draft({ endDate: '2026-03-06' })).endDate).toBe(
      '结束日期不能早于开始日期',
    );
    expect(validateActivity(draft({ startTime: '15:00', endTime: '14:00' })).endTime).toBe(
      '结束时间应晚于开始时间',
    );
    expect(
      validateActivity(draft({ startTime: '15:00', endTime: '14:00', endDate: '2026-03-08' }))
        .endTime,
    ).toBeUndefined();
    expect(validateActivity(draft({ startTime: '25:00' })).startTime).toContain('14:30');
  });

  it('refuses negative money and fractions of a fen', () => {
    expect(validateActivity(draft({ budget: -1 })).budget).toContain('不小于 0');
    expect(validateActivity(draft({ actualCost: 12.345 })).actualCost).toContain('两位小数');
    expect(validateActivity(draft({ budget: 3000, actualCost: 2680.5 }))).toEqual({});
  });

  it('says when the chosen kind no longer exists', () => {
    expect(validateActivity(draft({ kindId: 'gone' }), new Set(['kind-wenti'])).kindId).toContain(
      '已不存在',
    );
  });

  it("refuses an empty or duplicate kind name but allows keeping one's own name", () => {
    expect(validateKindName(' ', DEFAULT_ACTIVITY_KINDS)).toBe('请填写类别名称');
    expect(validateKindName('会议', DEFAULT_ACTIVITY_KINDS)).toBe('已有名为“会议”的类别');
    expect(validateKindName('会议', DEFAULT_ACTIVITY_KINDS, 'kind-meeting')).toBeNull();
  });

  it('writes dates and times the Chinese way', () => {
    expect(
      formatActivityWhen({
        startDate: '2026-03-07',
        startTime: '14:30',
        endDate: null,
        endTime: '16:30',
      }),
    ).toBe('2026年3月7日（星期六） 14:30—16:30');
    expect(
      formatActivityWhen({
        startDate: '2026-07-20',
        startTime: null,
        endDate: '2026-07-24',
        endTime: null,
      }),
    ).toBe('2026年7月20日（星期一）—7月24日（星期五）');
  });
});

describe('choosing participants by rule', () => {
  it('picks working staff only for 在职全体, leaving out retirees and those transferred out', () => {
    expect(selectByRule(roster(), { kind: 'inService' }, new Set()).map((m) => m.name)).toEqual([
      '王芳',
      '李强',
      '张丽',
    ]);
  });

  it('picks working women for 女职工 and retirees for 退休人员', () => {
    expect(selectByRule(roster(), { kind: 'women' }, new Set()).map((m) => m.name)).toEqual([
      '王芳',
      '张丽',
    ]);
    expect(selectByRule(roster(), { kind: 'retirees' }, new Set()).map((m) => m.name)).toEqual([
      '赵敏',
    ]);
  });

  it('picks the working staff of one department or union group', () => {
    expect(
      selectByRule(roster(), { kind: 'department', department: '语文组' }, new Set()).map(
        (m) => m.name,
      ),
    ).toEqual(['王芳', '李强']);
    expect(
      selectByRule(roster(), { kind: 'unionGroup', unionGroup: '理科小组' }, new Set()).map(
        (m) => m.name,
      ),
    ).toEqual(['张丽']);
  });

  it('leaves out members already on the list', () => {
    expect(
      selectByRule(roster(), { kind: 'inService' }, new Set(['a', 'c'])).map((m) => m.name),
    ).toEqual(['李强']);
  });
});
