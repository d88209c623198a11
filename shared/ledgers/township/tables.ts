/** The township ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const TOWNSHIP_TABLES = {
  /** 下属基层工会 */
  affiliatedUnions: 'id, name, code, demo',
  /** 应建会单位 (the 建会率 denominator) */
  unitsToUnionise: 'id, name, unionId, demo',
  /** 台账包: an affiliated union's 年度台账 for a year, with its figures */
  unionPackages: 'id, unionKey, year, affiliatedUnionId, [unionKey+year], demo',
} as const;
