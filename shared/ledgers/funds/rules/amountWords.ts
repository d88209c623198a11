/**
 * 人民币大写金额 for a 费用报销单 (as on bank and accounting forms, 《会计基础工作规范》第五十二条):
 * 1280.50 → 「壹仟贰佰捌拾元伍角整」, 1005.07 → 「壹仟零伍元零柒分」, 0 → 「零元整」.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿', '万亿'];

function integerWords(n: number): string {
  if (n === 0) return '零';
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 10000)) groups.push(x % 10000);
  let out = '';
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g]!;
    if (v === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (out !== '' && (zeroPending || v < 1000)) out += '零';
    zeroPending = false;
    let part = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(v / 10 ** i) % 10;
      if (d === 0) {
        zero = part !== '';
        continue;
      }
      if (zero) part += '零';
      zero = false;
      part += DIGITS[d]! + SMALL[i]!;
    }
    out += part + BIG[g]!;
  }
  return out;
}

export function amountInWords(fen: number): string {
  if (!Number.isInteger(fen)) throw new Error('金额应为整数分');
  const sign = fen < 0 ? '负' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const cent = abs % 10;
  let out = sign;
  if (yuan > 0 || (jiao === 0 && cent === 0)) out += `${integerWords(yuan)}元`;
  if (jiao === 0 && cent === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cent > 0) out += `${DIGITS[cent]}分`;
  else out += '整';
  return out;
}
