/** The notices ledger's Dexie stores (the newest schema; released ones are in db/upgrades). */
export const NOTICE_TABLES = {
  noticeTemplates: 'id, kind',
  /** 发文登记: 文号 sequence per year */
  documents: 'id, year, [year+seq], activityId',
} as const;
