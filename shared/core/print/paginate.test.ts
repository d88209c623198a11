import { describe, expect, it } from 'vitest';
import {
  a4,
  blockCapacityMm,
  paginate,
  rowsInOrder,
  type ListLayout,
  type ListSection,
} from './paginate';

// Portrait A4 with sheet margins: 297 − 20 − 18 = 259 mm of content height.
const layout = (over: Partial<ListLayout> = {}): ListLayout => ({
  geometry: a4('portrait'),
  firstPageHeadMm: 29,
  laterPageHeadMm: 9,
  pageFootMm: 10,
  tableHeaderMm: 10,
  groupHeadingMm: 8,
  blocks: 1,
  minRowsAfterHeading: 2,
  groupNewPage: false,
  ...over,
});
// first block: 259 − 29 − 10 − 10 = 210 mm → 21 rows of 10 mm; later: 230 mm → 23 rows.

const rows = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const section = (heading: string | null, r: string[], rowMm = 10): ListSection<string> => ({
  heading,
  rows: r,
  rowMm,
});
const rowCounts = (p: ReturnType<typeof paginate<string>>) =>
  p.pages.map((pg) => pg.blocks.map((b) => b.entries.filter((e) => e.kind === 'row').length));

describe('paginate', () => {
  it('fills the first page with fewer rows than later pages because of the title block', () => {
    expect(blockCapacityMm(layout(), 0)).toBeCloseTo(210);
    const p = paginate([section(null, rows('n', 60))], layout());
    expect(rowCounts(p)).toEqual([[21], [23], [16]]);
    expect(p.pageCount).toBe(3);
    expect(p.pages.map((pg) => pg.number)).toEqual([1, 2, 3]);
  });

  it('puts every row on exactly one page, in order', () => {
    const all = [
      section('语文组', rows('a', 17)),
      section('数学组', rows('b', 30)),
      section(null, rows('blank', 5)),
    ];
    const p = paginate(all, layout({ blocks: 2 }));
    expect(rowsInOrder(p)).toEqual([...rows('a', 17), ...rows('b', 30), ...rows('blank', 5)]);
  });

  it('fills two blocks side by side before turning the page', () => {
    const p = paginate([section(null, rows('n', 50))], layout({ blocks: 2 }));
    expect(rowCounts(p)).toEqual([
      [21, 21],
      [8, 0],
    ]);
  });

  it('never leaves a group heading at the foot of a block without rows under it', () => {
    // 20 rows use 200 of 210 mm; the heading (8) plus two rows (20) do not fit, so all move on.
    const p = paginate([section(null, rows('a', 20)), section('数学组', rows('b', 5))], layout());
    const firstPage = p.pages[0]!.blocks[0]!.entries;
    expect(firstPage.at(-1)).toMatchObject({ kind: 'row', row: 'a20' });
    expect(p.pages[1]!.blocks[0]!.entries[0]).toMatchObject({
      kind: 'heading',
      label: '数学组',
      continued: false,
    });
    for (const page of p.pages) {
      for (const block of page.blocks) {
        const last = block.entries.at(-1);
        if (last) expect(last.kind).toBe('row');
      }
    }
  });

  it('keeps a heading with at least two rows, and repeats it as continued on the next block', () => {
    // 18 rows = 180 mm; the heading and two rows (28 mm) still fit in 210 mm, so the group starts here.
    const p = paginate([section(null, rows('a', 18)), section('数学组', rows('b', 5))], layout());
    expect(rowCounts(p)).toEqual([[20], [3]]);
    expect(p.pages[1]!.blocks[0]!.entries[0]).toMatchObject({
      kind: 'heading',
      label: '数学组',
      continued: true,
    });
  });

  it('starts each group on a new page when asked, but lets walk-in rows follow the last group', () => {
    const p = paginate(
      [
        section('语文组', rows('a', 3)),
        section('数学组', rows('b', 4)),
        { heading: null, rows: rows('blank', 2), rowMm: 10, newPage: false },
      ],
      layout({ groupNewPage: true }),
    );
    expect(p.pageCount).toBe(2);
    expect(rowCounts(p)).toEqual([[3], [6]]);
    expect(
      p.pages[1]!.blocks[0]!.entries.slice(-2).map((e) => (e.kind === 'row' ? e.row : '')),
    ).toEqual(['blank1', 'blank2']);
  });

  it('places a section with a different row height (the leave list) after the names', () => {
    const p = paginate(
      [section(null, rows('n', 21)), section('请假人员', ['病假一', '事假二'], 8)],
      layout(),
    );
    expect(p.pageCount).toBe(2);
    const second = p.pages[1]!.blocks[0]!.entries;
    expect(second.map((e) => e.heightMm)).toEqual([8, 8, 8]);
  });

  it('skips empty sections', () => {
    const p = paginate([section('空组', []), section(null, rows('n', 2))], layout());
    expect(p.pages[0]!.blocks[0]!.entries.every((e) => e.kind === 'row')).toBe(true);
  });

  it('says in Chinese when the page cannot hold a heading and its rows', () => {
    expect(() => paginate([section('语文组', rows('a', 3), 120)], layout())).toThrow(/页面太小/);
  });
});
