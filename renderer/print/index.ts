// Print views: ready-made models from the ledgers' print/ folders in, A4 pages out. They never query.
export { PrintPreview, type PrintPreviewProps } from './PrintPreview';
export { SignInSheetView, type SignInSheetViewProps } from './SignInSheetView';
export { RosterListView, type RosterListViewProps } from './RosterListView';
export { NoticeView, type NoticeViewProps } from './NoticeView';
export { PageStyle } from './PageStyle';
export { fitFontPt } from './fitText';
export { YearReportView, type YearReportViewProps } from './YearReportView';
export { CommitteeRollView, type CommitteeRollViewProps } from './CommitteeRollView';
export { CareSheetView, type CareSheetViewProps } from './CareSheetView';
export { SheetPage, type SheetPageProps } from './SheetPage';
export { RuledTableView, type RuledTableViewProps } from './RuledTableView';
export { CongressTableView, type CongressTableViewProps } from './CongressTableView';
export { CongressFormView, type CongressFormViewProps } from './CongressFormView';
export { CongressBookletView, type CongressBookletViewProps } from './CongressBookletView';
export { NoticeFontWarning, missingNoticeFonts } from './fontCheck';
export { mm, SHEET_CELL_PAD_MM, sheetCellStyle, sheetRowStyle } from './sheetStyles';
