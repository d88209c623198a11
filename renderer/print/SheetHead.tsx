import type { ReactNode } from 'react';
import { CSS_FONTS } from '../../shared/core/print';

/**
 * The first page's head of a ruled sheet: the title in 黑体, and under it the info line
 * (制表单位, 统计期, 制表日期 …) spread across the page.
 */
export function SheetHead({
  title,
  testId,
  children,
}: {
  title: string;
  testId?: string;
  /** The info line's parts, one <span> each. */
  children: ReactNode;
}) {
  return (
    <>
      <div className="ud-sheet-title" style={{ fontFamily: CSS_FONTS.hei }} data-testid={testId}>
        {title}
      </div>
      <div className="ud-sheet-info">{children}</div>
    </>
  );
}
