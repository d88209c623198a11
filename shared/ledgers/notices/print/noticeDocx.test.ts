import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { mergeNotice } from '../rules/noticeMerge';
import { mmToTwips, NOTICE_LINE_TWIPS, noticeFileName, noticeToDocx } from './noticeDocx';
import { DEFAULT_NOTICE_TEMPLATES } from '../rules/noticeTemplates';

/** Reads one part of the .docx (a zip) as text. */
function part(bytes: Uint8Array, name: string): string {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const entry = XLSX.CFB.find(zip, `/${name}`);
  if (!entry?.content) throw new Error(`docx 中没有 ${name}`);
  return new TextDecoder().decode(entry.content as Uint8Array);
}

describe('noticeToDocx', async () => {
  const template = DEFAULT_NOTICE_TEMPLATES.find((t) => t.kind === '会议通知')!;
  const { document } = mergeNotice(template, {
    工会名称: '第一中学工会委员会',
    文号: '一中工〔2026〕3号',
    日期: '2026年11月21日',
    活动名称: '教职工大会',
    时间: '2026年11月28日下午2:30',
    地点: '学校报告厅',
  });
  const bytes = await noticeToDocx(document);
  const xml = part(bytes, 'word/document.xml');

  it('returns the bytes of a Word document', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });

  it('contains the merged text, the 文号 with hexagonal brackets, the signature and date', () => {
    expect(xml).toContain('关于召开教职工大会的通知');
    expect(xml).toContain('一中工〔2026〕3号');
    expect(xml).toContain('学校报告厅');
    expect(xml).toContain('第一中学工会委员会');
    expect(xml).toContain('2026年11月21日');
  });

  it('sets 仿宋_GB2312 as the East Asian body font at 16 pt and 小标宋 at 22 pt for the title', () => {
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(xml).toContain('<w:sz w:val="32"/>');
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(xml).toContain('<w:sz w:val="44"/>');
  });

  it('uses A4 with the GB/T 9704 margins and an exact line spacing of 22 lines a page', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain(`w:top="${mmToTwips(37)}"`);
    expect(xml).toContain(`w:left="${mmToTwips(28)}"`);
    expect(xml).toContain(`w:right="${mmToTwips(26)}"`);
    expect(xml).toContain(`w:bottom="${mmToTwips(35)}"`);
    expect(NOTICE_LINE_TWIPS / 20).toBeCloseTo(28.99, 1);
    expect(xml).toContain(`w:line="${NOTICE_LINE_TWIPS}" w:lineRule="exact"`);
  });

  it('numbers pages 「— 1 —」 in 宋体, odd pages right and even pages left', () => {
    expect(part(bytes, 'word/settings.xml')).toContain('w:evenAndOddHeaders');
    expect(xml).toMatch(/w:footerReference w:type="default"/);
    expect(xml).toMatch(/w:footerReference w:type="even"/);
    const footers = [part(bytes, 'word/footer1.xml'), part(bytes, 'word/footer2.xml')].join('');
    expect(footers).toContain('PAGE');
    expect(footers).toContain('— ');
    expect(footers).toMatch(/w:eastAsia="宋体"/);
    expect(footers).toMatch(/w:jc w:val="right"/);
    expect(footers).toMatch(/w:jc w:val="left"/);
  });

  it('names the file after the title', () => {
    expect(noticeFileName({ title: '关于“五一”活动的通知?' })).toBe('关于“五一”活动的通知.docx');
  });
});
