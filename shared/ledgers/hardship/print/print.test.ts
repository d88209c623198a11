import { describe, expect, it } from 'vitest';
import { rowsInOrder } from '../../../core/print/paginate';
import {
  emptyAssistanceDraft,
  emptyFileDraft,
  type HardshipAssistance,
  type HardshipFile,
} from '../rules/hardship';
import { DEFAULT_HARDSHIP_SETTINGS } from '../rules/settings';
import {
  assistanceLedgerTitle,
  buildAssistanceLedger,
  LEDGER_SIGNATURE_PARTS,
} from './assistanceLedger';
import { buildFileSheet, FIRST_PAGE_TABLE_ROWS } from './fileSheet';
import { buildPublicNotice, noticePeriodEnd } from './publicNotice';

const file: HardshipFile = {
  ...emptyFileDraft('m1', '李明', '2025-03-20'),
  id: 'f1',
  mainCause: '患重特大疾病',
  secondaryCauses: ['子女上学'],
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
const aid = (
  id: string,
  date: string,
  fields: Partial<HardshipAssistance> = {},
): HardshipAssistance => ({
  ...emptyAssistanceDraft('f1', date),
  id,
  memberId: 'm1',
  amountCents: 100_000,
  createdAt: date,
  updatedAt: date,
  ...fields,
});
const person = {
  name: '李明',
  gender: '男',
  birthDate: '1980-01-01',
  idNumber: '110101198001011234',
  phone: '13812345678',
  department: '数学组',
};

describe('困难职工档案表', () => {
  const sheet = buildFileSheet({
    unionName: '示例中学工会',
    file,
    person,
    assistance: [
      aid('a2', '2026-08-25', {
        kind: '金秋助学',
        amountCents: 200_000,
        student: { childName: '李晓雨', school: '省师范大学', grade: '大二' },
      }),
      aid('a1', '2026-01-20'),
    ],
    settings: DEFAULT_HARDSHIP_SETTINGS,
    madeOn: '2026-12-01',
  });
  const values = sheet.pages[0]!.lines.flat().map((c) => `${c.label}=${c.value}`);

  it('prints the ID number and phone masked, never in full', () => {
    const all = JSON.stringify(sheet);
    expect(all).not.toContain('198001011234');
    expect(all).not.toContain('12345678');
    expect(values.find((v) => v.startsWith('身份证号='))).toMatch(/^身份证号=1101\*+/);
  });

  it('prints the computed income per head against 低保', () => {
    // 4200.00 元 ÷ 4 people = 1050.00, above 900 and within 150% (1350): 低保边缘
    expect(values).toContain('家庭月总收入=4,200.00元');
    expect(sheet.incomeText).toBe('1,050.00元（低保边缘；低保标准900.00元）');
    expect(values).toContain('次要原因=子女上学');
    expect(values).toContain('下次复核=2026年3月20日');
  });

  it('lists the household and the assistance oldest first with a 合计, 金秋助学 with the child', () => {
    const [household, assist] = sheet.pages[0]!.tables;
    expect(household!.rows.map((r) => r[1])).toEqual(['李明', '刘桂芳']);
    expect(assist!.rows).toEqual([
      ['2026-01-20', '慰问金', '1,000.00', '本会', ''],
      ['2026-08-25', '金秋助学', '2,000.00', '本会', '李晓雨，省师范大学，大二'],
      ['合计', '2次', '3,000.00', '', ''],
    ]);
    expect(sheet.pageCount).toBe(1);
    expect(sheet.signatureParts).toContain('审核人：');
  });

  it('runs a long assistance history onto a continued page', () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      aid(`a${i}`, `2026-01-${String(i + 1).padStart(2, '0')}`),
    );
    const long = buildFileSheet({
      unionName: 'x',
      file,
      person,
      assistance: many,
      settings: DEFAULT_HARDSHIP_SETTINGS,
      madeOn: '2026-12-01',
    });
    expect(long.pageCount).toBe(2);
    const first = long.pages[0]!.tables;
    // household: title+head+2 rows = 4; assistance gets the rest of page 1
    expect(first[1]!.rows).toHaveLength(FIRST_PAGE_TABLE_ROWS - 4 - 2);
    expect(long.pages[1]!.tables[0]!.title).toBe('帮扶记录（续）');
    const printed = long.pages.flatMap((p) =>
      p.tables.filter((t) => t.title.startsWith('帮扶')).flatMap((t) => t.rows),
    );
    expect(printed).toHaveLength(21);
    expect(printed.at(-1)).toEqual(['合计', '20次', '20,000.00', '', '']);
    expect(long.pages.map((p) => p.last)).toEqual([false, true]);
  });
});

describe('困难职工帮扶台账', () => {
  const people = new Map([
    ['m1', { name: '李明', department: '数学组' }],
    ['m2', { name: '王芳', department: null }],
  ]);
  const records = [
    aid('a3', '2026-08-25', {
      kind: '金秋助学',
      amountCents: 200_000,
      student: { childName: '李晓雨', school: '省师范大学', grade: '大二' },
      notes: '金秋助学',
    }),
    aid('a1', '2026-01-20'),
    aid('a0', '2025-12-31'),
    aid('a2', '2026-04-18', {
      memberId: 'm2',
      fileId: 'f2',
      kind: '医疗救助',
      amountCents: 300_001,
      source: '上级帮扶',
      viaUnionAccount: false,
      superiorAppliedOn: '2026-03-08',
      superiorApproved: true,
    }),
    aid('a9', '2027-01-01'),
  ];
  const ledger = buildAssistanceLedger({
    unionName: '示例中学工会委员会',
    from: '2026-01-01',
    to: '2026-12-31',
    records,
    files: [file, { ...file, id: 'f2', memberId: 'm2', tier: '意外致困' }],
    people,
    madeOn: '2026-12-01',
  });
  const rows = rowsInOrder(ledger);

  it('is titled by the union and the year, and prints only records in the period, by date', () => {
    expect(ledger.title).toBe('示例中学工会2026年困难职工帮扶台账');
    expect(rows.map((r) => r.recordId)).toEqual(['a1', 'a2', 'a3', null]);
    expect(assistanceLedgerTitle('X工会', '2026-01-01', '2026-06-30')).toBe(
      'X工会困难职工帮扶台账',
    );
  });

  it('writes each record with tier, source, account and the superior application', () => {
    expect(rows[1]!.cells).toEqual([
      '2026-04-18',
      '王芳',
      '',
      '意外致困',
      '医疗救助',
      '3,000.01',
      '上级帮扶',
      '否',
      '3月8日申请，已批准',
      '',
    ]);
    expect(rows[2]!.cells.at(-1)).toBe('李晓雨，省师范大学，大二');
    // an application of the year before says its year
    const lastYear = buildAssistanceLedger({
      unionName: 'x',
      from: '2026-01-01',
      to: '2026-12-31',
      records: [
        aid('b1', '2026-01-10', { superiorAppliedOn: '2025-12-20', superiorApproved: null }),
      ],
      files: [file],
      people,
      madeOn: '2026-12-01',
    });
    expect(rowsInOrder(lastYear)[0]!.cells[8]).toBe('2025年12月20日申请，待批');
  });

  it('ends with the 合计 of count, members and money', () => {
    expect(rows.at(-1)!.cells).toEqual([
      '合计',
      '',
      '',
      '',
      '3次',
      '6,000.01',
      '',
      '',
      '',
      '受帮扶职工2人',
    ]);
    expect(ledger.totalText).toBe('合计：3次，受帮扶职工2人，金额6,000.01元');
    expect(ledger.signatureParts).toEqual(LEDGER_SIGNATURE_PARTS);
  });

  it('paginates a long year with the header on every page (columns fit landscape A4)', () => {
    const many = Array.from({ length: 60 }, (_, i) => aid(`x${i}`, '2026-05-01'));
    const long = buildAssistanceLedger({
      unionName: 'x',
      from: '2026-01-01',
      to: '2026-12-31',
      records: many,
      files: [file],
      people,
      madeOn: '2026-12-01',
    });
    expect(long.pageCount).toBeGreaterThan(2);
    expect(rowsInOrder(long)).toHaveLength(61);
    expect(long.columns.reduce((s, c) => s + c.widthMm, 0)).toBeLessThanOrEqual(297 - 35);
  });
});

describe('困难职工建档公示', () => {
  const people = new Map([
    ['m1', { name: '王芳', department: '语文组' }],
    ['m2', { name: '丁一', department: '数学组' }],
  ]);
  const notice = buildPublicNotice({
    unionName: '示例中学工会',
    files: [file, { ...file, id: 'f2', memberId: 'm2', tier: '深度困难' }],
    people,
    from: '2026-03-25',
    to: noticePeriodEnd('2026-03-25', 5),
  });

  it('lists only 姓名, 部门 and 困难类别, by surname strokes', () => {
    expect(rowsInOrder(notice).map((r) => r.cells)).toEqual([
      ['丁一', '数学组', '深度困难'],
      ['王芳', '语文组', '相对困难'],
    ]);
    expect(notice.columns.map((c) => c.label)).toEqual(['序号', '姓名', '部门', '困难类别']);
    const all = JSON.stringify(notice);
    for (const hidden of ['患重特大疾病', '刘桂芳', '4,200', '1,050', '尿毒症'])
      expect(all).not.toContain(hidden);
  });

  it('states the count and the 公示期, five days counting the first', () => {
    expect(noticePeriodEnd('2026-03-25', 5)).toBe('2026-03-29');
    expect(noticePeriodEnd('2026-02-27', 3)).toBe('2026-03-01');
    expect(notice.intro).toContain('拟将以下2名职工列为困难职工建档对象');
    expect(notice.intro).toContain('公示期为2026年3月25日至2026年3月29日');
  });
});
