import type { ComponentType } from 'react';
import type { Member } from '../../shared/ledgers/roster';

/**
 * Sections other features add to the roster's member page (「参加的活动」, 慰问记录 …). A
 * feature registers once when its index loads, through the roster's index:
 *   registerMemberRecordSection({ key: 'activities', title: '参加的活动', order: 10, component: MemberActivities })
 * The registry lives here, not in the roster, so registering needs none of the roster's code
 * (the union registers at start-up, from the main bundle).
 */
export interface MemberRecordSection {
  key: string;
  title: string;
  /** Smaller first. */
  order: number;
  component: ComponentType<{ member: Member }>;
}

const sections = new Map<string, MemberRecordSection>();

export function registerMemberRecordSection(section: MemberRecordSection): void {
  sections.set(section.key, section);
}

/** The registered sections, in order. */
export function memberRecordSections(): MemberRecordSection[] {
  return [...sections.values()].sort((a, b) => a.order - b.order);
}

let loading: Promise<void> | undefined;

/**
 * The registering features' pages are lazy chunks (routes.tsx), so a member page opened before
 * them loads them here; once, for the whole session.
 */
export function loadMemberSectionFeatures(): Promise<void> {
  loading ??= Promise.all([
    import('../activities'),
    import('../care'),
    import('../hardship'),
    import('../funds'),
    import('../congress'),
    import('../elections'),
  ]).then(() => undefined);
  return loading;
}
