/**
 * Checkbox selection over the visible list: a click toggles one row; a shift-click sets
 * every row between the last clicked row and this one to the new state of this one.
 */
export function toggleSelection(
  selected: ReadonlySet<string>,
  orderedIds: readonly string[],
  id: string,
  opts: { shift: boolean; anchor: string | null },
): Set<string> {
  const next = new Set(selected);
  const on = !selected.has(id);
  const from = opts.shift && opts.anchor !== null ? orderedIds.indexOf(opts.anchor) : -1;
  const to = orderedIds.indexOf(id);
  if (from < 0 || to < 0) {
    if (on) next.add(id);
    else next.delete(id);
    return next;
  }
  const [a, b] = from < to ? [from, to] : [to, from];
  for (let i = a; i <= b; i++) {
    if (on) next.add(orderedIds[i]!);
    else next.delete(orderedIds[i]!);
  }
  return next;
}
