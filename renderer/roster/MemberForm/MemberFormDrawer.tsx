import { Drawer } from '@mantine/core';
import { useDb } from '../../app/AppContext';
import { saveMember } from '../../../shared/ledgers/roster';
import type { Member } from '../../../shared/ledgers/roster';
import { useOrgUnits } from '../useRosterData';
import { showUndo } from '../../app/showUndo';
import { MemberForm } from './MemberForm';

export interface MemberFormDrawerProps {
  /** The member to edit, a fresh one to add, or null when closed. */
  member: Member | null;
  isNew: boolean;
  onClose(): void;
  onSaved?(member: Member): void;
}

/** The member form in a wide drawer from the right, saving through the repository. */
export function MemberFormDrawer({ member, isNew, onClose, onSaved }: MemberFormDrawerProps) {
  const db = useDb();
  const { departments, unionGroups } = useOrgUnits();
  return (
    <Drawer
      opened={member !== null}
      onClose={onClose}
      position="right"
      size={900}
      title={isNew ? '添加会员' : `修改会员：${member?.name ?? ''}`}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {member && (
        <MemberForm
          key={member.id}
          member={member}
          departments={departments.map((d) => d.name)}
          unionGroups={unionGroups.map((g) => g.name)}
          onCancel={onClose}
          onSave={async (m) => {
            const { member: saved, batch } = await saveMember(db, m);
            showUndo(db, batch);
            onClose();
            onSaved?.(saved);
          }}
        />
      )}
    </Drawer>
  );
}
