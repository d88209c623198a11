/**
 * Name order on printed lists: 按姓氏笔画 and 按拼音.
 *
 * 按姓氏笔画 uses ICU's stroke collation (`zh-u-co-stroke`; Node 20 and Chromium give the
 * same order, ICU 78). ICU counts some components the traditional way — 阝 as 3 strokes,
 * 辶 as 4, 艹 as 4, and 黄 as 12 — so 陈 and 董 (7 and 12 in the 规范汉字 count) land one
 * stroke group late. Chinese offices count by the simplified forms, so the surnames below
 * sort as a "proxy" character ICU counts with the simplified number; everything else is
 * ICU's order. Within one stroke count ICU orders by radical, not by first stroke
 * (横竖撇点折) as some official lists do; that finer rule is not applied here.
 */

const strokeCollator = new Intl.Collator('zh-u-co-stroke');
const pinyinCollator = new Intl.Collator('zh-u-co-pinyin');

/** Stroke counts (规范汉字) of common surnames that ICU's stroke collation counts otherwise. */
const SIMPLIFIED_STROKES: Record<string, number> = {
  邓: 4,
  边: 5,
  邝: 5,
  邢: 6,
  阮: 6,
  邬: 6,
  阳: 6,
  那: 6,
  达: 6,
  过: 6,
  陈: 7,
  陆: 7,
  邵: 7,
  邱: 7,
  邹: 7,
  邰: 7,
  邴: 7,
  邸: 7,
  连: 7,
  迟: 7,
  郑: 8,
  郁: 8,
  郎: 8,
  郝: 9,
  郦: 9,
  郜: 9,
  郭: 10,
  陶: 10,
  都: 10,
  陵: 10,
  隋: 11,
  隆: 11,
  隗: 11,
  逯: 11,
  鄂: 11,
  黄: 11,
  龚: 11,
  鄢: 13,
  // 艹 surnames
  艾: 5,
  苏: 7,
  花: 7,
  芦: 7,
  芮: 7,
  范: 8,
  茅: 8,
  苗: 8,
  英: 8,
  苑: 8,
  苟: 8,
  茹: 9,
  荀: 9,
  荣: 9,
  荆: 9,
  莫: 10,
  莘: 10,
  荷: 10,
  萧: 11,
  萨: 11,
  葛: 12,
  董: 12,
  蒋: 12,
  蒙: 13,
  蓝: 13,
  蒲: 13,
  蔡: 14,
  蔺: 14,
  蔚: 14,
  薛: 16,
  薄: 16,
};

/** A character per stroke count that ICU and the 规范 count agree on. */
export const STROKE_PROXIES = [
  '',
  '一',
  '丁',
  '三',
  '王',
  '田',
  '刘',
  '李',
  '林',
  '胡',
  '高',
  '曹',
  '彭',
  '雷',
  '廖',
  '樊',
  '霍',
  '戴',
];

function strokeProxy(first: string): string {
  const strokes = SIMPLIFIED_STROKES[first];
  return (strokes === undefined ? undefined : STROKE_PROXIES[strokes]) ?? first;
}

/**
 * Compares two names by surname strokes (按姓氏笔画): the surname's stroke group first,
 * then the surname itself (so one family name stays together), then the given name.
 */
export function compareByStrokes(a: string, b: string): number {
  const fa = a.charAt(0);
  const fb = b.charAt(0);
  return (
    strokeCollator.compare(strokeProxy(fa), strokeProxy(fb)) ||
    strokeCollator.compare(fa, fb) ||
    strokeCollator.compare(a.slice(1), b.slice(1)) ||
    strokeCollator.compare(a, b)
  );
}

/** Compares two names by 汉语拼音. */
export function compareByPinyin(a: string, b: string): number {
  return pinyinCollator.compare(a, b);
}
