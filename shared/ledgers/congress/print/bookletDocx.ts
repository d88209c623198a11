/**
 * The 提案汇编 as a Word document, from the same flow as the PDF (booklet.ts): a cover
 * section, the contents (parts and proposals; Word lays out its own pages, so the contents
 * lists them without page numbers), then the parts — each of 一 to 四 on a new page — with
 * the implementation table as a real table. Body 小四 宋体, headings 黑体, page numbers at the foot.
 *
 * Pure: returns the file's bytes (Packer.toArrayBuffer works in the browser and in Node).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { mmToTwips } from '../../notices/print/noticeDocx';
import { BOOKLET_PAGE, IMPLEMENTATION_COLUMNS, type BookletModel } from './booklet';

const FONTS = { song: '宋体', hei: '黑体', latin: 'Times New Roman' } as const;
type Font = IRunOptions['font'];
const font = (name: string): Font => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  eastAsia: name,
  cs: name,
});
const BODY = BOOKLET_PAGE.bodyPt * 2;
const CHAR = BOOKLET_PAGE.bodyPt * 20;

const run = (text: string, o: { hei?: boolean; size?: number; bold?: boolean } = {}) =>
  new TextRun({
    text,
    font: font(o.hei ? FONTS.hei : FONTS.song),
    size: o.size ?? BODY,
    bold: o.bold,
  });

const line = { line: 400, before: 0, after: 0 };

function pageNumberFooter() {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: font(FONTS.song),
            size: 28,
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      borders,
      width: { size: mmToTwips(IMPLEMENTATION_COLUMNS[i]!.widthMm), type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: i === 1 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, { size: 21, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: mmToTwips(BOOKLET_PAGE.textWidthMm), type: WidthType.DXA },
    columnWidths: IMPLEMENTATION_COLUMNS.map((c) => mmToTwips(c.widthMm)),
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, i)) })),
    ],
  });
}

export async function bookletToDocx(model: BookletModel): Promise<Uint8Array> {
  const c = model.cover;
  const centred = (text: string, size: number, hei = false, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 240 },
      children: [run(text, { size, hei })],
    });
  const cover = [
    centred(c.unit, 36, true, 2400),
    centred(c.session, 32, true, 240),
    centred(c.title, 72, true, 1200),
    centred(c.by, 28, false, 4800),
    centred(c.date, 28),
  ];
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [run('目\u3000\u3000录', { size: 36, hei: true })],
    }),
    ...model.contents.map(
      (e) =>
        new Paragraph({
          spacing: line,
          indent: /^[一二三四]、/.test(e.text) ? {} : { left: CHAR * 2 },
          children: [run(e.text)],
        }),
    ),
  ];
  for (const part of model.parts) {
    part.flow.forEach((f, i) => {
      const breakBefore = part.newPage && i === 0;
      if (f.kind === 'part')
        body.push(
          new Paragraph({
            pageBreakBefore: breakBefore,
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 240 },
            children: [run(f.text, { size: 32, hei: true })],
          }),
        );
      else if (f.kind === 'title')
        body.push(
          new Paragraph({
            spacing: { before: 240, after: 120 },
            children: [run(f.text, { size: 28, hei: true })],
          }),
        );
      else if (f.kind === 'para')
        body.push(
          new Paragraph({
            spacing: line,
            indent: f.indent ? { firstLine: CHAR * 2 } : {},
            children: [run(f.text, { bold: f.bold ?? false })],
          }),
        );
      else body.push(table(f.head, f.rows));
    });
  }
  const page = {
    size: { width: mmToTwips(BOOKLET_PAGE.widthMm), height: mmToTwips(BOOKLET_PAGE.heightMm) },
    margin: {
      top: mmToTwips(BOOKLET_PAGE.marginTopMm),
      bottom: mmToTwips(BOOKLET_PAGE.marginBottomMm),
      left: mmToTwips(BOOKLET_PAGE.marginLeftMm),
      right: mmToTwips(BOOKLET_PAGE.marginRightMm),
    },
  };
  const file = new Document({
    title: model.title,
    styles: { default: { document: { run: { font: font(FONTS.song), size: BODY } } } },
    sections: [
      { properties: { page }, children: cover },
      { properties: { page }, footers: { default: pageNumberFooter() }, children: body },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** 「第三届教职工代表大会第五次会议提案汇编.docx」 */
export function bookletFileName(model: Pick<BookletModel, 'title'>): string {
  return `${model.title.replace(/[\\/:*?"<>|\r\n]/g, '').trim() || '提案汇编'}.docx`;
}
