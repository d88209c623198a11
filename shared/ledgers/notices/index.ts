// The notices ledger (通知公示, 发文登记): its public surface for the renderer.
export * from './rules/documentNumber';
export * from './rules/noticeTemplates';
export * from './rules/noticeMerge';
export * from './print/noticeLayout';
export {
  noticeToDocx,
  noticeFileName,
  mmToTwips,
  NOTICE_LINE_TWIPS,
  DOCX_FONTS,
} from './print/noticeDocx';
