import { describe, expect, it } from 'vitest';
import type { NoticeDocument } from '../rules/noticeMerge';
import {
  breakParagraph,
  breakTitle,
  layoutNotice,
  NOTICE_PAGE,
  signatureIndents,
  textWidth,
  TITLE_CHARS_PER_LINE,
} from './noticeLayout';

const doc = (paragraphs: string[], over: Partial<NoticeDocument> = {}): NoticeDocument => ({
  kind: '会议通知',
  issuer: null,
  documentNumber: '一中工〔2026〕3号',
  title: '关于召开教职工大会的通知',
  addressee: '各部门、各工会小组：',
  paragraphs,
  signature: '第一中学工会委员会',
  date: '2026年11月21日',
  sealSpace: true,
  ...over,
});

describe('breakParagraph', () => {
  it('keeps an amount with its decimal point on one line (「2011.50元」 is never 「2011.」/「50元」)', () => {
    // Indent 2 + 24 characters + 「2011」 fill the line: the decimal point comes at the margin.
    const text = `${'工'.repeat(22)}支出2011.50元，其中活动支出16750.50元。`;
    const lines = breakParagraph(text);
    expect(lines.join('').replace(/\u3000/g, '')).toBe(text);
    expect(lines.some((l) => l.includes('2011.50元'))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/^\.|\d\.$/);
  });
  it('indents the first line by two characters and fills lines of 28 characters', () => {
    const lines = breakParagraph('工'.repeat(60));
    expect(lines.map((l) => textWidth(l))).toEqual([28, 28, 6]);
    expect(lines[0]!.startsWith('\u3000\u3000')).toBe(true);
    expect(lines.join('').replace(/\u3000/g, '')).toBe('工'.repeat(60));
  });

  it('counts digits and Latin letters as half a character', () => {
    // indent 2 + 50 × ½ + 1 = 28: exactly one line; one more letter wraps.
    expect(breakParagraph('a'.repeat(50) + '工', 28, 2)).toHaveLength(1);
    expect(breakParagraph('a'.repeat(51) + '工', 28, 2)).toHaveLength(2);
  });

  it('never starts a line with a comma or full stop; it hangs at the end of the line', () => {
    const lines = breakParagraph('工'.repeat(26) + '，后面的字');
    expect(lines[0]!.endsWith('，')).toBe(true);
    expect(lines[1]!.startsWith('，')).toBe(false);
  });

  it('never ends a line with an opening bracket or quote', () => {
    const lines = breakParagraph('工'.repeat(25) + '“职工之家”');
    expect(lines.every((l) => !l.endsWith('“'))).toBe(true);
  });

  it('does not cut a number in two', () => {
    const lines = breakParagraph('工'.repeat(25) + '时间为2026年');
    expect(lines.some((l) => l.includes('2026'))).toBe(true);
  });
});

describe('breakTitle', () => {
  it('keeps a short title on one line', () => {
    expect(breakTitle('关于召开教职工大会的通知')).toEqual(['关于召开教职工大会的通知']);
  });

  it('breaks a long title into a trapezoid, the longer line on top', () => {
    const title = '关于召开第一中学第四届教职工代表大会第二次会议暨工会会员代表大会的通知';
    const lines = breakTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    for (let i = 1; i < lines.length; i++)
      expect(textWidth(lines[i - 1]!)).toBeGreaterThanOrEqual(textWidth(lines[i]!));
  });

  it('never breaks inside a term: 「…教职工代表 / 大会…」 was printed (issue 8 item 15)', () => {
    for (const title of [
      '关于召开城南区实验小学第四届教职工代表大会第二次会议的通知',
      '关于召开第一中学第四届教职工代表大会第二次会议暨工会会员代表大会的通知',
      '关于示例市实验中学工会委员会经费审查委员会换届选举结果的公示',
    ]) {
      const lines = breakTitle(title);
      expect(lines.join('')).toBe(title);
      for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
      // No occurrence of a term spans a line break.
      const cuts = lines.slice(0, -1).map((_, k) => lines.slice(0, k + 1).join('').length);
      const terms = [
        '教职工代表大会',
        '会员代表大会',
        '工会委员会',
        '经费审查委员会',
        '第四届',
        '第二次',
      ];
      for (const term of terms)
        for (let at = title.indexOf(term); at >= 0; at = title.indexOf(term, at + 1))
          for (const cut of cuts)
            expect(cut > at && cut < at + term.length, `${title}: ${term} broken`).toBe(false);
    }
    expect(breakTitle('关于召开城南区实验小学第四届教职工代表大会第二次会议的通知')).toEqual([
      '关于召开城南区实验小学第四届',
      '教职工代表大会第二次会议的通知',
    ]);
  });
});

describe('layoutNotice', () => {
  it('carries a one-line heading 「七、存在问题」 over to the next page with its paragraph', () => {
    const base = {
      issuer: null,
      documentNumber: null,
      title: '工作总结',
      addressee: '',
      signature: '某工会',
      date: '2026年12月1日',
      sealSpace: false,
    };
    // Title and blank take 2 lines; 19 one-line paragraphs leave the heading on line 22.
    const filler = Array.from({ length: 19 }, (_, i) => `第${i + 1}段。`);
    const layout = layoutNotice({ ...base, paragraphs: [...filler, '七、存在问题', '问题一。'] });
    const texts = (n: number) => layout.pages[n]!.lines.map((l) => l.text.trim());
    expect(texts(0).at(-1)).toBe('第19段。');
    expect(texts(1).slice(0, 2)).toEqual(['七、存在问题', '问题一。']);
    // …and when the 落款 pushes the last paragraph over, its heading goes with it.
    const filler2 = Array.from({ length: 18 }, (_, i) => `第${i + 1}段。`);
    const closing = layoutNotice({ ...base, paragraphs: [...filler2, '八、明年打算', '打算一。'] });
    expect(closing.pages[1]!.lines.slice(0, 2).map((l) => l.text.trim())).toEqual([
      '八、明年打算',
      '打算一。',
    ]);
    // An ordinary sentence is not a heading and stays where it falls.
    const plain = layoutNotice({ ...base, paragraphs: [...filler, '七月开展活动', '问题一。'] });
    expect(plain.pages[0]!.lines.at(-1)!.text.trim()).toBe('七月开展活动');
  });
  it('puts at most 22 lines on a page and every body character on some page', () => {
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) => `第${i + 1}段。` + '工会工作'.repeat(20),
    );
    const layout = layoutNotice(doc(paragraphs));
    expect(layout.pageCount).toBeGreaterThan(1);
    for (const p of layout.pages)
      expect(p.lines.reduce((s, l) => s + l.span, 0)).toBeLessThanOrEqual(NOTICE_PAGE.linesPerPage);
    const body = layout.pages
      .flatMap((p) => p.lines.filter((l) => l.kind === 'body').map((l) => l.text))
      .join('');
    expect(body.replace(/\u3000/g, '')).toBe(paragraphs.join(''));
  });

  it('prints the 文号, then the title, then the addressee on the first page', () => {
    const kinds = layoutNotice(doc(['内容。'])).pages[0]!.lines.map((l) => l.kind);
    expect(kinds.slice(0, 5)).toEqual(['documentNumber', 'blank', 'title', 'blank', 'addressee']);
  });

  it('never leaves the signature and date alone on a page', () => {
    for (let n = 1; n < 40; n++) {
      const layout = layoutNotice(doc(Array.from({ length: n }, () => '工'.repeat(20))));
      const last = layout.pages.at(-1)!;
      expect(last.lines.some((l) => l.kind === 'body')).toBe(true);
      expect(last.lines.slice(-2).map((l) => l.kind)).toEqual(['signature', 'date']);
    }
  });

  it('centres the signature over the date, which is right-indented four characters', () => {
    const i = signatureIndents('第一中学工会委员会', '2026年11月21日');
    expect(i.date).toBe(4);
    expect(i.signature + textWidth('第一中学工会委员会') / 2).toBeCloseTo(
      i.date + textWidth('2026年11月21日') / 2,
    );
  });
});
