import type { SchemaVersion } from './types';
import { v01 } from './v01-foundation';

export const v02: SchemaVersion = {
  version: 2,
  reason: 'roster: members with status history, departments and union groups',
  stores: {
    ...v01.stores,
    members: 'id, idNumber, name, department, unionGroup, status, rosterOrder, demo',
    departments: 'id, &name, order, demo',
    unionGroups: 'id, &name, order, demo',
  },
};
