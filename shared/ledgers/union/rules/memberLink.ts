/*
 * A committee post or an honour names a person and, when the person is on the roster, links
 * the member. The name is always kept as written, so the record still reads right when the
 * member is later removed or renamed.
 */

export interface MemberLink {
  memberId: string | null;
  name: string;
}

/**
 * Keeps `memberId` only when it names a member in `memberNames` (id → name); the typed name
 * wins, and the member's name fills it when nothing was typed.
 */
export function resolveMemberLink(
  memberId: string | null,
  name: string,
  memberNames: ReadonlyMap<string, string>,
): MemberLink {
  const typed = name.trim();
  const found = memberId !== null ? memberNames.get(memberId) : undefined;
  if (found === undefined) return { memberId: null, name: typed };
  return { memberId, name: typed === '' ? found : typed };
}
