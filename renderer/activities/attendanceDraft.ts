import type { AttendanceState, Participant } from '../../shared/ledgers/activities';
import type { AttendanceChange, RosterChoices } from '../../shared/ledgers/activities';
import { participantsInSignInOrder } from '../../shared/ledgers/activities';
import { sheetOrder, type SheetChoices } from './signInChoices';

/**
 * The attendance screen keeps what the chair keys in locally and saves it as ONE batch on
 * 「保存」 or when leaving — a batch per keystroke would flood the change log.
 */
export interface Mark {
  state: AttendanceState;
  leaveReason: string | null;
}

/**
 * The lines in the order of the printed sign-in sheet (the chair's last sheet choices), so
 * attendance is keyed in straight down the signed paper.
 */
export function attendanceOrder(
  participants: readonly Participant[],
  roster: Pick<RosterChoices, 'membersById' | 'departments' | 'unionGroups'>,
  sheet: Pick<SheetChoices, 'order' | 'groupBy'>,
): Participant[] {
  return participantsInSignInOrder(participants, roster.membersById, sheetOrder(sheet, roster));
}

/** participantId → the mark keyed in, for lines changed since the last save. */
export type Edits = Readonly<Record<string, Mark>>;

export function markOf(p: Participant, edits: Edits): Mark {
  return edits[p.id] ?? { state: p.state, leaveReason: p.leaveReason ?? null };
}

export function withMark(edits: Edits, p: Participant, mark: Mark): Edits {
  const next = { ...edits };
  const stored = { state: p.state, leaveReason: p.leaveReason ?? null };
  if (
    stored.state === mark.state &&
    (mark.state !== '请假' || stored.leaveReason === mark.leaveReason)
  )
    delete next[p.id];
  else next[p.id] = mark;
  return next;
}

/** 「其余全部出席」: every line still at 报名 becomes 出席. */
export function markRest(edits: Edits, list: readonly Participant[]): Edits {
  let next = edits;
  for (const p of list)
    if (markOf(p, next).state === '报名')
      next = withMark(next, p, { state: '出席', leaveReason: null });
  return next;
}

/** The changes to save, dropping any for lines no longer on the list. */
export function changesToSave(edits: Edits, list: readonly Participant[]): AttendanceChange[] {
  return list.filter((p) => edits[p.id]).map((p) => ({ participantId: p.id, ...edits[p.id]! }));
}

/** What a key does on the attendance screen, or null if it does nothing there. */
export type KeyAction =
  { kind: 'mark'; state: AttendanceState } | { kind: 'move'; by: number } | { kind: 'clear' };

export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case '1':
    case ' ':
      return { kind: 'mark', state: '出席' };
    case '2':
      return { kind: 'mark', state: '请假' };
    case '3':
      return { kind: 'mark', state: '缺席' };
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'PageDown':
      return { kind: 'move', by: 10 };
    case 'PageUp':
      return { kind: 'move', by: -10 };
    case 'Backspace':
    case 'Delete':
      return { kind: 'clear' };
    default:
      return null;
  }
}
