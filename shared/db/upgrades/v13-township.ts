import type { SchemaVersion } from './types';
import { v12 } from './v12-congress';

export const v13: SchemaVersion = {
  version: 13,
  reason: 'township federation (乡镇街道总工会): affiliated unions, units to unionise, packages',
  stores: {
    ...v12.stores,
    affiliatedUnions: 'id, name, code, demo',
    unitsToUnionise: 'id, name, unionId, demo',
    unionPackages: 'id, unionKey, year, affiliatedUnionId, [unionKey+year], demo',
  },
};
