import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  buildAssistanceLedger,
  buildFileSheet,
  buildPublicNotice,
  DEFAULT_HARDSHIP_SETTINGS,
  emptyAssistanceDraft,
  emptyFileDraft,
  type HardshipAssistance,
  type HardshipFile,
} from '../../../shared/ledgers/hardship';
import { AssistanceLedgerView } from './AssistanceLedgerView';
import { FileSheetView } from './FileSheetView';
import { PublicNoticeView } from './PublicNoticeView';

const count = (html: string, s: string) => html.split(s).length - 1;

const file: HardshipFile = {
  ...emptyFileDraft('m1', '李明', '2025-03-20'),
  id: 'f1',
  mainCause: '患重特大疾病',
  household: [
    {
      relation: '本人',
      name: '李明',
      monthlyIncomeCents: 420_000,
      health: '健康',
      occupation: '教师',
    },
    {
      relation: '配偶',
      name: '刘桂芳',
      monthlyIncomeCents: 0,
      health: '尿毒症',
      occupation: '无业',
    },
  ],
  householdSize: 4,
  createdAt: '',
  updatedAt: '',
};
const aid = (i: number): HardshipAssistance => ({
  ...emptyAssistanceDraft('f1', `2026-0${1 + (i % 9)}-10`),
  id: `a${i}`,
  memberId: 'm1',
  amountCents: 10_000 * (i + 1),
  createdAt: String(i),
  updatedAt: '',
});
const people = new Map([['m1', { name: '李明', department: '数学组' }]]);

describe('FileSheetView', () => {
  const sheet = buildFileSheet({
    unionName: '示例中学工会',
    file,
    person: {
      ...people.get('m1')!,
      gender: '男',
      birthDate: '1980-01-01',
      idNumber: '110101198001011234',
      phone: '13812345678',
    },
    assistance: Array.from({ length: 20 }, (_, i) => aid(i)),
    settings: DEFAULT_HARDSHIP_SETTINGS,
    madeOn: '2026-12-01',
  });
  const html = renderToStaticMarkup(createElement(FileSheetView, { sheet }));

  it('draws A4 portrait pages, numbered, with the signature block once on the last', () => {
    expect(sheet.pageCount).toBe(2);
    expect(count(html, 'data-testid="print-page"')).toBe(2);
    expect(html).toContain('第 1 页 共 2 页');
    expect(html).toContain('第 2 页 共 2 页');
    expect(count(html, 'data-testid="sheet-signature"')).toBe(1);
    expect(html).toContain('@page { size: A4 portrait; margin: 0; }');
    expect(html).toContain('帮扶记录（续）');
  });

  it('never prints the ID number or phone in full', () => {
    expect(html).not.toContain('198001011234');
    expect(html).not.toContain('12345678');
    expect(html).toContain('1,050.00元');
  });
});

describe('AssistanceLedgerView and PublicNoticeView', () => {
  it('draws every ledger row and the 合计 row on landscape pages', () => {
    const ledger = buildAssistanceLedger({
      unionName: '示例中学工会',
      from: '2026-01-01',
      to: '2026-12-31',
      records: Array.from({ length: 30 }, (_, i) => aid(i)),
      files: [file],
      people,
      madeOn: '2026-12-01',
    });
    const html = renderToStaticMarkup(createElement(AssistanceLedgerView, { ledger }));
    expect(count(html, 'data-testid="ledger-row"')).toBe(30);
    expect(count(html, 'data-testid="ledger-total"')).toBe(1);
    expect(count(html, 'data-testid="print-page"')).toBe(ledger.pageCount);
    expect(count(html, '>金额（元）<')).toBe(ledger.pageCount);
    expect(html).toContain('@page { size: A4 landscape; margin: 0; }');
  });

  it('draws the 公示 with the names only', () => {
    const notice = buildPublicNotice({
      unionName: '示例中学工会',
      files: [file],
      people,
      from: '2026-03-25',
      to: '2026-03-29',
    });
    const html = renderToStaticMarkup(createElement(PublicNoticeView, { notice }));
    expect(count(html, 'data-testid="notice-row"')).toBe(1);
    expect(html).toContain('李明');
    expect(html).not.toContain('患重特大疾病');
    expect(html).not.toContain('刘桂芳');
  });
});
