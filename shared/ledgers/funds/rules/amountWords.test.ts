import { describe, expect, it } from 'vitest';
import { amountInWords } from './amountWords';

describe('人民币大写', () => {
  it('writes yuan, jiao and fen with 整 and 零 where the forms put them', () => {
    expect(amountInWords(128050)).toBe('壹仟贰佰捌拾元伍角整');
    expect(amountInWords(100507)).toBe('壹仟零伍元零柒分');
    expect(amountInWords(0)).toBe('零元整');
    expect(amountInWords(7)).toBe('柒分');
    expect(amountInWords(250)).toBe('贰元伍角整');
    expect(amountInWords(2280)).toBe('贰拾贰元捌角整');
    expect(amountInWords(1000000)).toBe('壹万元整');
    expect(amountInWords(10010000)).toBe('壹拾万零壹佰元整');
    expect(amountInWords(745050)).toBe('柒仟肆佰伍拾元伍角整');
    expect(amountInWords(1000000000)).toBe('壹仟万元整');
    expect(amountInWords(10000010000)).toBe('壹亿零壹佰元整');
  });
});
