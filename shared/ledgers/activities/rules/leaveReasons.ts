/**
 * 请假原因: the reasons the attendance screen offers with one click. The chair may type any
 * other; a blank reason is kept as none (the sheet prints 「请假」).
 */
export const LEAVE_REASONS: readonly string[] = ['病假', '事假', '公差', '外出培训', '产假'];

/** The reason to store for what was typed: trimmed, blank as none. */
export function leaveReasonOf(typed: string): string | null {
  const t = typed.trim();
  return t === '' ? null : t;
}
