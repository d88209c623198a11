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

/** The mark as stored on the line. */
export function storedMark(p: Participant): Mark {
  return { state: p.state, leaveReason: p.leaveReason ?? null };
}

/** Two marks record the same thing: the same state, and for 请假 the same reason. */
export function sameMark(a: Mark, b: Mark): boolean {
  return a.state === b.state && (a.state !== '请假' || a.leaveReason === b.leaveReason);
}

/** The store's input for the marks a save writes. */
export function toAttendanceChanges(
  changes: readonly { row: Participant; mark: Mark }[],
): AttendanceChange[] {
  return changes.map(({ row, mark }) => ({ participantId: row.id, ...mark }));
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
