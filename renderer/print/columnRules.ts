import type { CSSProperties } from 'react';

/** Width of every printed rule, in mm. */
export const RULE_MM = 0.3;

/**
 * The vertical rules of a ruled list, painted once per block as backgrounds at the column
 * boundaries instead of as a border on every cell: a 5,000-row sign-in sheet prints to
 * PDF markedly faster (bench/print.bench.mjs). `widthsMm` are the cells' widths in order.
 * Elements with their own background (the header row, group headings) cover the rules,
 * so they keep borders of their own (print.css).
 */
export function columnRules(widthsMm: readonly number[]): CSSProperties {
  let x = 0;
  const positions = widthsMm.map((w) => {
    x += w;
    return `${(x - RULE_MM).toFixed(3)}mm 0`;
  });
  return {
    backgroundImage: widthsMm.map(() => 'linear-gradient(#000, #000)').join(', '),
    backgroundPosition: positions.join(', '),
    backgroundSize: `${RULE_MM}mm 100%`,
    backgroundRepeat: 'no-repeat',
  };
}
