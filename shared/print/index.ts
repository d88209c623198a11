// The print engine's public face: pure data → document models. Views are in renderer/print.
export * from './ordering';
export * from './paginate';
export * from './signInSheet';
export * from './fonts';
export * from './documentNumber';
export * from './noticeTemplates';
export * from './noticeMerge';
export * from './noticeLayout';
export {
  noticeToDocx,
  noticeFileName,
  mmToTwips,
  NOTICE_LINE_TWIPS,
  DOCX_FONTS,
} from './noticeDocx';
