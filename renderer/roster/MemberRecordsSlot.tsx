import type { ComponentType } from 'react';
import { Paper, Stack, Title } from '@mantine/core';
import type { Member } from '../../shared/ledgers/roster';

/**
 * Sections other features add to the member page (「参加的活动」, 慰问记录 …). A feature
 * registers once when its module loads, through the roster's index:
 *   registerMemberRecordSection({ key: 'activities', title: '参加的活动', order: 10, component: MemberActivities })
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

/** Renders every registered section for the member, in order. */
export function MemberRecordsSlot({ member }: { member: Member }) {
  const list = [...sections.values()].sort((a, b) => a.order - b.order);
  if (list.length === 0) return null;
  return (
    <Stack gap="md" data-testid="member-records">
      {list.map((s) => (
        <Paper key={s.key} withBorder p="md">
          <Title order={4} mb="sm">
            {s.title}
          </Title>
          <s.component member={member} />
        </Paper>
      ))}
    </Stack>
  );
}
