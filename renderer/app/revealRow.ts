/**
 * Scrolls the marking list so row `cursor` is in view and below the list's sticky bar (the
 * bar of keys and totals is taller than any fixed scroll margin: the first rows went under
 * it when the chair keyed back up the list). The bar is the element marked
 * `data-marking-bar`; the row carries `data-row={cursor}`.
 */
export function revealRow(cursor: number): void {
  const row = document.querySelector<HTMLElement>(`[data-row="${cursor}"]`);
  if (!row) return;
  row.scrollIntoView({ block: 'nearest' });
  const bar = document.querySelector<HTMLElement>('[data-marking-bar]');
  if (!bar) return;
  const covered = bar.getBoundingClientRect().bottom - row.getBoundingClientRect().top;
  if (covered > 0) scrollerOf(row).scrollBy({ top: -(covered + 4) });
}

/** The nearest ancestor that scrolls, or the page. */
function scrollerOf(el: HTMLElement): Element {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight)
      return p;
  }
  return document.scrollingElement ?? document.documentElement;
}
