/** The 工作总结 draft as a Word document, through the notice engine's GB/T 9704 .docx. */
import { noticeToDocx } from '../../notices/print/noticeDocx';
import { summaryDocument, type SummaryDraft } from './summaryDraft';

export function summaryToDocx(draft: SummaryDraft): Promise<Uint8Array> {
  return noticeToDocx(summaryDocument(draft));
}
