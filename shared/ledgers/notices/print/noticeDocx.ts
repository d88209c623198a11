/**
 * The notice as a Word document, for chairs who finish documents in Word or WPS: A4 with
 * the GB/T 9704 margins (top 37, bottom 35, left 28, right 26 mm), body 3号仿宋_GB2312 at
 * an exact line spacing that gives 22 lines a page, title 2号小标宋, page numbers
 * 「— 1 —」 in 4号宋体 outside (odd pages right, even pages left).
 *
 * Pure: returns the file's bytes (Packer.toArrayBuffer works in the browser and in Node).
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import type { NoticeDocument } from '../rules/noticeMerge';
import { breakTitle, NOTICE_PAGE, signatureIndents } from './noticeLayout';

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

/** Exact line spacing: 225 mm ÷ 22 lines ≈ 28.95 pt, in twips (1/20 pt). */
export const NOTICE_LINE_TWIPS = Math.round(
  (NOTICE_PAGE.textHeightMm / NOTICE_PAGE.linesPerPage / 25.4) * 72 * 20,
);
/** One body character (3号 = 16 pt) in twips, for indents. */
const BODY_CHAR_TWIPS = NOTICE_PAGE.bodyPt * 20;

/** Word font names: the official ones; Word substitutes its own when a PC lacks them. */
export const DOCX_FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  song: '宋体',
  latin: 'Times New Roman',
} as const;

type Font = IRunOptions['font'];
const eastAsia = (name: string): Font => ({
  ascii: DOCX_FONTS.latin,
  hAnsi: DOCX_FONTS.latin,
  eastAsia: name,
  cs: name,
});

const bodyRun = (text: string) =>
  new TextRun({ text, font: eastAsia(DOCX_FONTS.body), size: NOTICE_PAGE.bodyPt * 2 });
const exact = { line: NOTICE_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function para(
  text: string,
  opts: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    firstLineChars?: number;
    rightChars?: number;
  } = {},
) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: exact,
    indent: {
      ...(opts.firstLineChars ? { firstLine: opts.firstLineChars * BODY_CHAR_TWIPS } : {}),
      ...(opts.rightChars ? { right: Math.round(opts.rightChars * BODY_CHAR_TWIPS) } : {}),
    },
    children: text ? [bodyRun(text)] : [],
  });
}

function pageNumberFooter(side: 'right' | 'left') {
  const font = eastAsia(DOCX_FONTS.song);
  const size = NOTICE_PAGE.pageNumberPt * 2;
  // 「单页码居右空一字，双页码居左空一字」 (GB/T 9704 §7.5)
  const oneChar = NOTICE_PAGE.pageNumberPt * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneChar } : { left: oneChar },
        children: [new TextRun({ font, size, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** Builds the .docx bytes of a merged notice. */
export async function noticeToDocx(doc: NoticeDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  if (doc.issuer) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            text: doc.issuer,
            font: eastAsia(DOCX_FONTS.title),
            size: 30 * 2,
            color: 'E00000',
          }),
        ],
      }),
    );
  }
  if (doc.documentNumber) children.push(para(doc.documentNumber, { align: AlignmentType.CENTER }));
  if (doc.issuer || doc.documentNumber) children.push(para(''));
  const titleLines = breakTitle(doc.title);
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact,
      children: titleLines.map(
        (t, i) =>
          new TextRun({
            text: t,
            font: eastAsia(DOCX_FONTS.title),
            size: NOTICE_PAGE.titlePt * 2,
            ...(i > 0 ? { break: 1 } : {}),
          }),
      ),
    }),
  );
  children.push(para(''));
  if (doc.addressee.trim()) children.push(para(doc.addressee.trim()));
  for (const p of doc.paragraphs) children.push(para(p, { firstLineChars: 2 }));
  for (let i = 0; i < (doc.sealSpace ? 3 : 1); i++) children.push(para(''));
  const indents = signatureIndents(doc.signature, doc.date);
  children.push(para(doc.signature, { align: AlignmentType.RIGHT, rightChars: indents.signature }));
  children.push(para(doc.date, { align: AlignmentType.RIGHT, rightChars: indents.date }));

  const file = new Document({
    evenAndOddHeaderAndFooters: true,
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: eastAsia(DOCX_FONTS.body), size: NOTICE_PAGE.bodyPt * 2 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mmToTwips(NOTICE_PAGE.widthMm),
              height: mmToTwips(NOTICE_PAGE.heightMm),
            },
            margin: {
              top: mmToTwips(NOTICE_PAGE.marginTopMm),
              bottom: mmToTwips(NOTICE_PAGE.marginBottomMm),
              left: mmToTwips(NOTICE_PAGE.marginLeftMm),
              right: mmToTwips(NOTICE_PAGE.marginRightMm),
              // Page number sits about 7 mm under the text block.
              footer: mmToTwips(NOTICE_PAGE.marginBottomMm - NOTICE_PAGE.pageNumberGapMm - 6),
            },
          },
          grid: { linePitch: NOTICE_LINE_TWIPS },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** 「关于召开教职工大会的通知.docx」: the title, without characters Windows forbids in names. */
export function noticeFileName(doc: Pick<NoticeDocument, 'title'>): string {
  const safe = doc.title.replace(/[\\/:*?"<>|\r\n]/g, '').trim() || '通知';
  return `${safe}.docx`;
}
