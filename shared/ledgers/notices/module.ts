import type { LedgerModule } from '../types';
import { noticesFigures } from './rules/figures';
import { NOTICE_TABLES } from './tables';

/** 发文登记: notices and their 文号, and the templates they are written from. */
export const noticesLedger: LedgerModule = {
  name: 'notices',
  label: '发文登记',
  tables: NOTICE_TABLES,
  figures: noticesFigures,
  memberReferences: [],
};
