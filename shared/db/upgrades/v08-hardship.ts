import type { SchemaVersion } from './types';
import { v07 } from './v07-status-dates';

export const v08: SchemaVersion = {
  version: 8,
  reason: '困难帮扶台账：困难职工档案与帮扶记录（含金秋助学）',
  stores: {
    ...v07.stores,
    hardshipFiles: 'id, memberId, status, demo',
    hardshipAssistance: 'id, fileId, memberId, date, demo',
  },
};
