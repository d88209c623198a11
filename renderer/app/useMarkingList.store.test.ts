import { describe, expect, it } from 'vitest';
import {
  changesOf,
  isListKey,
  MarkingController,
  moveBy,
  moveCursor,
  type MarkChange,
} from './useMarkingList.store';

/** A line as the receipt screen has it: stored mark, keyed by id. */
interface Line {
  id: string;
  stored: string;
}
const lines = (...stored: string[]): Line[] => stored.map((s, i) => ({ id: `l${i}`, stored: s }));
const controller = (rows: Line[]) => {
  const c = new MarkingController<Line, string>({
    keyOf: (l) => l.id,
    stored: (l) => l.stored,
    same: (a, b) => a === b,
  });
  c.rows = rows;
  return c;
};

describe('marking list cursor', () => {
  it('moves by the arrows and pages and stays on the list', () => {
    expect(moveBy('ArrowDown')).toBe(1);
    expect(moveBy('PageUp')).toBe(-10);
    expect(moveBy('1')).toBeNull();
    expect(moveCursor(0, -1, 5)).toBe(0);
    expect(moveCursor(3, 10, 5)).toBe(4);
    const c = controller(lines('未签', '未签', '未签'));
    c.move(1);
    c.move(1);
    c.move(1);
    expect(c.cursor.get()).toBe(2);
    c.move(-10);
    expect(c.cursor.get()).toBe(0);
  });

  it('goes on to the next line after a mark, and stays on the last one', () => {
    const c = controller(lines('未签', '未签'));
    c.mark(0, '本人');
    expect(c.cursor.get()).toBe(1);
    c.mark(1, '本人');
    expect(c.cursor.get()).toBe(1);
    c.mark(0, '代领', false);
    expect(c.cursor.get()).toBe(1);
  });

  it('starts at the first line not yet recorded', () => {
    const c = controller(lines('本人', '本人', '未签', '未签'));
    c.startAt((_, m) => m === '未签');
    expect(c.cursor.get()).toBe(2);
  });

  it('ignores keys typed into a field or with Ctrl', () => {
    const key = { ctrlKey: false, altKey: false, metaKey: false };
    expect(isListKey({ ...key, target: null })).toBe(true);
    expect(isListKey({ ...key, target: { tagName: 'INPUT' } as unknown as EventTarget })).toBe(
      false,
    );
    expect(isListKey({ ...key, ctrlKey: true, target: null })).toBe(false);
  });
});

describe('marking list draft', () => {
  it('tells only the marked line, and the totals, that it changed', () => {
    const c = controller(lines('未签', '未签', '未签'));
    const heard: string[] = [];
    for (const l of c.rows) c.draft.subscribeKey(l.id, () => heard.push(l.id));
    let totals = 0;
    c.draft.subscribe(() => totals++);
    c.mark(1, '本人');
    expect(heard).toEqual(['l1']);
    expect(totals).toBe(1);
    // The same mark again changes nothing and tells nobody.
    c.mark(1, '本人');
    expect(heard).toEqual(['l1']);
    expect(c.draft.getVersion()).toBe(1);
  });

  it('forgets a mark set back to what is stored', () => {
    const c = controller(lines('本人'));
    c.mark(0, '代领');
    expect(c.isChanged(c.rows[0]!)).toBe(true);
    c.mark(0, '本人');
    expect(c.isChanged(c.rows[0]!)).toBe(false);
    expect(c.draft.size).toBe(0);
  });

  it('closes a question with the answer, or leaves the line as it was on Escape', () => {
    const c = controller(lines('未签', '未签', '未签'));
    c.ask(0, 'proxy');
    expect(c.asking.get()).toEqual({ key: 'l0', kind: 'proxy' });
    c.answer(0, '代领');
    expect(c.asking.get()).toBeNull();
    expect(c.markOf(c.rows[0]!)).toBe('代领');
    expect(c.cursor.get()).toBe(1);
    c.ask(1, 'proxy');
    c.answer(1, null, true);
    expect(c.markOf(c.rows[1]!)).toBe('未签');
    expect(c.cursor.get()).toBe(1);
  });
});

describe('marking list save', () => {
  it('writes the changed lines in list order as one call, then clears them', async () => {
    const c = controller(lines('未签', '本人', '未签'));
    c.mark(2, '本人');
    c.mark(0, '补签');
    const calls: MarkChange<Line, string>[][] = [];
    expect(await c.save(async (changes) => void calls.push(changes))).toBe(2);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map((x) => [x.row.id, x.mark])).toEqual([
      ['l0', '补签'],
      ['l2', '本人'],
    ]);
    expect(c.draft.size).toBe(0);
    // Nothing keyed: nothing written.
    expect(await c.save(async () => void calls.push([]))).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it('keeps a mark re-keyed while the save was writing', async () => {
    const c = controller(lines('未签', '未签'));
    c.mark(0, '本人');
    c.mark(1, '本人');
    await c.save(async () => {
      expect(c.saving.get()).toBe(true);
      c.mark(1, '代领', false);
    });
    expect(c.saving.get()).toBe(false);
    expect(changesOf(c.draft.snapshot(), c.rows, c.rules).map((x) => x.mark)).toEqual(['代领']);
  });

  it('keeps every mark when the write fails', async () => {
    const c = controller(lines('未签'));
    c.mark(0, '本人');
    await expect(
      c.save(async () => {
        throw new Error('请先填写缴纳日期');
      }),
    ).rejects.toThrow('请先填写缴纳日期');
    expect(c.changes()).toHaveLength(1);
    expect(c.saving.get()).toBe(false);
  });
});
