/**
 * Lays a notice out after GB/T 9704-2012 in plain code: A4, text block 156 × 225 mm with
 * top margin 37 mm and left (binding) margin 28 mm; 22 lines of 28 characters of 3号仿宋
 * per page. Lines are broken here, not by the browser, so the page count and the page
 * numbers 「— 1 —」 are known and what is printed matches what was previewed.
 *
 * Widths are counted in full-width characters: CJK and full-width punctuation are 1,
 * Latin letters, digits and ASCII punctuation ½ (close to how 仿宋 sets them).
 */
import type { NoticeDocument } from '../rules/noticeMerge';

export const NOTICE_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  textWidthMm: 156,
  textHeightMm: 225,
  linesPerPage: 22,
  charsPerLine: 28,
  /** 3号 */
  bodyPt: 16,
  /** 2号 */
  titlePt: 22,
  /** 4号, for page numbers */
  pageNumberPt: 14,
  /** Page number: 7 mm below the text block (GB/T 9704 §7.5). */
  pageNumberGapMm: 7,
} as const;

/** Title characters per line: 156 mm ÷ 22 pt. */
export const TITLE_CHARS_PER_LINE = Math.floor(
  NOTICE_PAGE.textWidthMm / ((NOTICE_PAGE.titlePt * 25.4) / 72),
);

/** Width of one character in full-width units. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20) return 0;
  if (cp <= 0x7e) return 0.5; // ASCII
  if (cp >= 0xff61 && cp <= 0xff9f) return 0.5; // half-width katakana/forms
  return 1;
}

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Characters that must not begin a line (避头) and that must not end one (避尾). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕’”…—%,.;:?!)]}'.split(''));
const NO_LINE_END = new Set('（《「『【〔‘“([{'.split(''));

/**
 * Breaks one paragraph into lines of `charsPerLine` full-width characters, the first line
 * indented by `indent` characters (the indent is part of the returned line as U+3000).
 * Closing punctuation that would start a line hangs at the end of the previous one;
 * opening punctuation at the end of a line moves down.
 */
export function breakParagraph(
  text: string,
  charsPerLine: number = NOTICE_PAGE.charsPerLine,
  indent = 2,
): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line: string[] = Array.from({ length: indent }, () => '\u3000');
  let width = indent;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const w = charWidth(ch);
    if (width + w > charsPerLine + 1e-9 && line.length > 0) {
      // A decimal point inside a number (「20110.50元」) is part of the number, not a closing mark.
      const decimal = ch === '.' && DIGIT.test(line.at(-1) ?? '') && DIGIT.test(chars[i + 1] ?? '');
      if (NO_LINE_START.has(ch) && !decimal) {
        // Hang closing marks (at most two, like 「。”」) past the margin rather than start a line with them.
        line.push(ch);
        if (NO_LINE_START.has(chars[i + 1] ?? '')) line.push(chars[++i]!);
        lines.push(line.join(''));
        line = [];
        width = 0;
        continue;
      }
      // Carry opening marks, and a number or word cut in two, down to the next line.
      let keep = line.length;
      while (keep > 1 && NO_LINE_END.has(line[keep - 1]!)) keep--;
      if (keep === line.length && ALNUM.test(ch)) {
        let k = keep;
        while (k > 1 && ALNUM.test(line[k - 1]!) && keep - k < 12) k--;
        if (k > 1 && k < keep && !ALNUM.test(line[k - 1]!)) keep = k;
      }
      lines.push(line.slice(0, keep).join(''));
      line = line.slice(keep);
      width = textWidth(line.join(''));
    }
    line.push(ch);
    width += w;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join(''));
  return lines;
}

const ALNUM = /^[0-9A-Za-z.%]$/;
const DIGIT = /^[0-9]$/;

/**
 * Terms a title line must not break inside (GB/T 9704 §7.3.3: 回行时要做到词意完整): the
 * bodies and meetings a union writes about, and 「第四届」「第二次」. Longest first.
 */
const TITLE_TERMS = [
  '教职工代表大会',
  '职工代表大会',
  '会员代表大会',
  '经费审查委员会',
  '女职工委员会',
  '工会委员会',
  '会员大会',
  '教职工大会',
  '职工大会',
  '工作报告',
  '实施方案',
  '工会',
  '会议',
  '通知',
  '公示',
];
const TITLE_TOKEN = new RegExp(
  `${TITLE_TERMS.join('|')}|第[一二三四五六七八九十百\\d]+[届次]|[0-9A-Za-z.%]+|.`,
  'gsu',
);

/** The title as pieces that stay on one line. */
function titleTokens(title: string): string[] {
  return title.match(TITLE_TOKEN) ?? [];
}

/** The old way: character by character towards the trapezoid's widths. */
function breakTitleByChars(chars: string[], perLine: number, targets: number[]): string[] {
  const lines: string[] = [];
  let i = 0;
  for (let li = 0; li < targets.length; li++) {
    let line = '';
    let w = 0;
    const target = li === targets.length - 1 ? Infinity : targets[li]!;
    while (
      i < chars.length &&
      w + charWidth(chars[i]!) <= Math.min(perLine, Math.ceil(target)) + 1e-9
    ) {
      line += chars[i];
      w += charWidth(chars[i]!);
      i++;
    }
    lines.push(line);
  }
  // Whatever did not fit (rounding) goes on extra lines.
  while (i < chars.length) {
    lines.push(chars.slice(i, i + perLine).join(''));
    i += perLine;
  }
  return lines.filter((l) => l !== '');
}

/**
 * Splits a long title into lines no wider than `perLine`, longest line on top (a
 * trapezoid, GB/T 9704 §7.3.3), never inside a term: 「关于召开第一中学第四届教职工代表大会」/
 * 「第二次会议的通知」. Among the breaks between terms, the one closest to the trapezoid's
 * widths wins; a title that cannot be broken that way falls back to characters.
 */
export function breakTitle(title: string, perLine: number = TITLE_CHARS_PER_LINE): string[] {
  const chars = [...title.trim()];
  const total = textWidth(title.trim());
  if (total <= perLine) return [chars.join('')];
  const n = Math.ceil(total / perLine);
  // Target widths: the top line takes the most, each line below a little less.
  const base = total / n;
  const step = n > 1 ? Math.min(2, (perLine - base) / ((n - 1) / 2 || 1)) : 0;
  const targets = Array.from({ length: n }, (_, i) =>
    Math.min(perLine, base + step * ((n - 1) / 2 - i)),
  );

  const tokens = titleTokens(title.trim());
  const widths = tokens.map(textWidth);
  // Best split of tokens[i..] into lines li.. (each no wider than perLine) after a line of
  // width `above`, as [cost, lines]; null when there is none. The cost is the distance from
  // the trapezoid's widths, and a line wider than the one above costs more (a 倒梯形 only
  // when keeping a term whole needs it). Titles are short: recursion with a memo.
  const memo = new Map<string, [number, string[]] | null>();
  const costOf = (w: number, li: number, above: number) =>
    (w - targets[li]!) ** 2 + Math.max(0, w - above) * 20;
  const best = (i: number, li: number, above: number): [number, string[]] | null => {
    const key = `${i}|${li}|${above}`;
    if (memo.has(key)) return memo.get(key)!;
    let result: [number, string[]] | null = null;
    if (li === n - 1) {
      const w = widths.slice(i).reduce((a, b) => a + b, 0);
      if (w > 0 && w <= perLine) result = [costOf(w, li, above), [tokens.slice(i).join('')]];
    } else {
      let w = 0;
      for (let j = i; j < tokens.length - 1; j++) {
        w += widths[j]!;
        if (w > perLine) break;
        const rest = best(j + 1, li + 1, w);
        if (!rest) continue;
        const cost = costOf(w, li, above) + rest[0];
        if (!result || cost < result[0])
          result = [cost, [tokens.slice(i, j + 1).join(''), ...rest[1]]];
      }
    }
    memo.set(key, result);
    return result;
  };
  return best(0, 0, perLine)?.[1] ?? breakTitleByChars(chars, perLine, targets);
}

export type NoticeLineKind =
  | 'issuer'
  | 'documentNumber'
  | 'rule'
  | 'title'
  | 'blank'
  | 'addressee'
  | 'body'
  | 'signature'
  | 'date';

export interface NoticeLine {
  kind: NoticeLineKind;
  text: string;
  align: 'left' | 'center' | 'right';
  /** Right indent in body characters (for signature and date). */
  rightIndentChars: number;
  /** How many grid lines the line takes (the issuer mark takes 2). */
  span: number;
}

export interface NoticePage {
  /** 1-based */
  number: number;
  lines: NoticeLine[];
}

export interface NoticeLayout {
  pages: NoticePage[];
  pageCount: number;
}

const line = (
  kind: NoticeLineKind,
  text = '',
  align: NoticeLine['align'] = 'left',
  rightIndentChars = 0,
  span = 1,
): NoticeLine => ({
  kind,
  text,
  align,
  rightIndentChars,
  span,
});

/** 「— 1 —」 */
export function noticePageNumberText(n: number): string {
  return `— ${n} —`;
}

/** Date right-indented 4 characters; signature centred over the date (GB/T 9704 §7.3.5). */
export function signatureIndents(
  signature: string,
  date: string,
): { signature: number; date: number } {
  const dateIndent = 4;
  const sig = dateIndent + (textWidth(date) - textWidth(signature)) / 2;
  return { signature: Math.max(0, sig), date: dateIndent };
}

/** 「一、基本情况」「（二）维权服务」: a numbered heading, short and without a full stop. */
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。；]{1,20}$/;

/** Lays a notice out on pages of 22 lines. */
export function layoutNotice(doc: Omit<NoticeDocument, 'kind'>): NoticeLayout {
  const head: NoticeLine[] = [];
  if (doc.issuer) head.push(line('issuer', doc.issuer, 'center', 0, 2));
  if (doc.documentNumber) head.push(line('documentNumber', doc.documentNumber, 'center'));
  if (doc.issuer) head.push(line('rule'));
  else if (doc.documentNumber) head.push(line('blank'));
  for (const t of breakTitle(doc.title)) head.push(line('title', t, 'center'));
  head.push(line('blank'));
  if (doc.addressee.trim()) head.push(line('addressee', doc.addressee.trim()));

  // A one-line heading 「一、基本情况」 never ends a page: it goes over with its paragraph.
  const headings = new Set<NoticeLine>();
  const body = doc.paragraphs.flatMap((p) => {
    const lines = breakParagraph(p).map((t) => line('body', t));
    if (lines.length === 1 && HEADING.test(p.trim())) headings.add(lines[0]!);
    return lines;
  });
  const indents = signatureIndents(doc.signature, doc.date);
  const close: NoticeLine[] = [
    ...Array.from({ length: doc.sealSpace ? 3 : 1 }, () => line('blank')),
    line('signature', doc.signature, 'right', indents.signature),
    line('date', doc.date, 'right', indents.date),
  ];

  const per = NOTICE_PAGE.linesPerPage;
  const pages: NoticeLine[][] = [[]];
  let used = 0;
  const push = (l: NoticeLine) => {
    if (used + l.span > per) {
      const prev = pages[pages.length - 1]!;
      const last = prev.at(-1);
      const carried = last && headings.has(last) && prev.length > 1 ? [prev.pop()!] : [];
      pages.push(carried);
      used = carried.length;
    }
    const page = pages[pages.length - 1]!;
    if (l.kind === 'blank' && used === 0) return; // no blank line at the top of a page
    page.push(l);
    used += l.span;
  };
  [...head, ...body].forEach(push);

  // The signature and date never sit on a page without body text (GB/T 9704 §7.3.5):
  // when they and the blank lines above them do not fit, the last body line goes over too.
  if (per - used < close.length) {
    const page = pages[pages.length - 1]!;
    const last = page.at(-1);
    const moved = last && last.kind === 'body' && page.length > 1 ? [page.pop()!] : [];
    const above = page.at(-1);
    if (moved.length && above && headings.has(above) && page.length > 1) moved.unshift(page.pop()!);
    pages.push(moved);
    used = moved.length;
  }
  close.forEach(push);

  const result = pages.filter((p) => p.length > 0).map((lines, i) => ({ number: i + 1, lines }));
  return { pages: result, pageCount: result.length };
}
