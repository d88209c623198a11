import { Suspense, useEffect, useState } from 'react';
import { Paper, Stack, Title } from '@mantine/core';
import type { Member } from '../../shared/ledgers/roster';
import { loadMemberSectionFeatures, memberRecordSections } from '../app/memberSections';

export { registerMemberRecordSection, type MemberRecordSection } from '../app/memberSections';

/** Renders every registered section for the member, in order. */
export function MemberRecordsSlot({ member }: { member: Member }) {
  // The registering features are lazy chunks: load them, then list what they registered.
  const [, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadMemberSectionFeatures().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  const list = memberRecordSections();
  if (list.length === 0) return null;
  return (
    <Stack gap="md" data-testid="member-records">
      {list.map((s) => (
        <Paper key={s.key} withBorder p="md">
          <Title order={4} mb="sm">
            {s.title}
          </Title>
          <Suspense fallback={null}>
            <s.component member={member} />
          </Suspense>
        </Paper>
      ))}
    </Stack>
  );
}
