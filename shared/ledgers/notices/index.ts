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
export { activityNoticeValues, suggestDocumentPrefix } from './rules/noticeValues';
export {
  copyNoticeTemplate,
  deleteNoticeTemplate,
  getDocumentPrefix,
  getNotice,
  getNoticeTemplate,
  listNotices,
  listNoticeTemplates,
  listNoticeYears,
  type NoticeDraft,
  type NoticeRecord,
  type NoticeSource,
  type NoticeTemplateDraft,
  saveNotice,
  saveNoticeTemplate,
  setDocumentPrefix,
  validateNoticeTemplate,
} from './store/notices';
export {
  AUTO_FIELDS,
  layeredValues,
  noticeValues,
  noticeYear,
  previewDocumentNumber,
  profileNoticeValues,
  usedFields,
} from './rules/noticeEditing';
