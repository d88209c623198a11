import { describe, expect, it } from 'vitest';
import type { Distribution, DistributionRecipient, CareVisit } from '../rules/records';
import { buildReceiptSheet, buildCampaignSheet, recipientsInSheetOrder } from './receiptSheet';
import { buildVisitRegister } from './visitRegister';

const d: Distribution = {
  id: 'd',
  date: '2026-09-20',
  year: 2026,
  occasion: '中秋节',
  festival: '中秋',
  item: '月饼礼盒',
  quantity: '1盒',
  valueCents: 20000,
  fundSource: '工会经费',
  rule: null,
  campaignId: null,
  handler: '',
  notes: '',
  createdAt: '',
  updatedAt: '',
};
const r = (
  i: number,
  name: string,
  department: string,
  over: Partial<DistributionRecipient> = {},
): DistributionRecipient => ({
  id: `d:${i}`,
  distributionId: 'd',
  memberId: `m${i}`,
  name,
  department,
  unionGroup: department === '语文组' ? '一组' : '二组',
  order: i,
  receipt: '未签',
  proxyName: null,
  signedOn: null,
  ...over,
});
const rows = (m: ReturnType<typeof buildReceiptSheet>) =>
  m.pages.flatMap((p) =>
    p.blocks.flatMap((b) => b.entries.flatMap((e) => (e.kind === 'row' ? [e.row] : []))),
  );
const headings = (m: ReturnType<typeof buildReceiptSheet>) =>
  m.pages.flatMap((p) =>
    p.blocks.flatMap((b) => b.entries.flatMap((e) => (e.kind === 'heading' ? [e.label] : []))),
  );

describe('实名发放签领表', () => {
  const recipients = [
    r(1, '王芳', '语文组'),
    r(2, '丁一', '数学组'),
    r(3, '李强', '语文组', { receipt: '代领', proxyName: '王芳' }),
    r(4, '马力', '数学组', { receipt: '补签', signedOn: '2026-09-25' }),
  ];
  it('has the columns, header facts and 合计 the union prints', () => {
    const m = buildReceiptSheet({
      unionName: '示例中学工会',
      distribution: d,
      recipients,
      options: { groupOrder: ['语文组', '数学组'] },
    });
    expect(m.title).toBe('中秋节月饼礼盒实名发放签领表');
    expect(m.columns.map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '部门',
      '物品/金额',
      '数量',
      '本人签名',
      '日期',
    ]);
    expect(m.info).toEqual(['事由：中秋节', '发放日期：2026年9月20日', '标准：每人200.00元']);
    expect(m.signatureParts).toEqual(['经手人：', '证明人：', '主席：']);
    expect(rows(m).at(-1)).toEqual({
      kind: 'total',
      cells: ['合计', '4人', '', '800.00元', '', '', ''],
    });
    expect(m.columns.reduce((s, c) => s + c.widthMm, 0)).toBeCloseTo(175, 6);
  });
  it('groups by department in the list’s order, stroke order within (丁 before 马, 王 before 李)', () => {
    const m = buildReceiptSheet({
      unionName: 'U',
      distribution: d,
      recipients,
      options: { groupOrder: ['语文组', '数学组'] },
    });
    expect(headings(m)).toEqual(['语文组（2人）', '数学组（2人）']);
    expect(
      rows(m)
        .filter((x) => x.kind === 'row')
        .map((x) => [x.cells[0], x.cells[1], x.cells[5], x.cells[6]]),
    ).toEqual([
      ['1', '王芳', '', ''],
      ['2', '李强', '代领：王芳', ''],
      ['3', '丁一', '', ''],
      ['4', '马力', '补签', '09-25'],
    ]);
  });
  it('by union group the column says 工会小组; with no grouping there are no headings', () => {
    const g = buildReceiptSheet({
      unionName: 'U',
      distribution: d,
      recipients,
      options: { groupBy: 'unionGroup' },
    });
    expect(g.columns[2]!.label).toBe('工会小组');
    // no managed list order given: by pinyin (二 èr before 一 yī)
    expect(headings(g)).toEqual(['二组（2人）', '一组（2人）']);
    expect(
      headings(
        buildReceiptSheet({
          unionName: 'U',
          distribution: d,
          recipients,
          options: { groupBy: 'none' },
        }),
      ),
    ).toEqual([]);
  });
  it('gives the receipt screen the printed order', () => {
    expect(
      recipientsInSheetOrder(recipients, { groupOrder: ['语文组', '数学组'] }).map((x) => x.name),
    ).toEqual(['王芳', '李强', '丁一', '马力']);
  });
  it('a long list runs over pages, every page numbered', () => {
    const many = Array.from({ length: 60 }, (_, i) => r(i, `张${i}`, '语文组'));
    const m = buildReceiptSheet({ unionName: 'U', distribution: d, recipients: many });
    expect(m.pageCount).toBe(3);
    expect(rows(m).filter((x) => x.kind === 'row')).toHaveLength(60);
  });
});

describe('a campaign’s sheet and the 慰问登记表', () => {
  const v: CareVisit = {
    id: 'v',
    date: '2026-01-22',
    year: 2026,
    reason: '节日',
    festival: '春节',
    surgery: false,
    visitees: [
      {
        memberId: 'm1',
        relation: '本人',
        name: '赵敏',
        cashCents: 0,
        goods: '大米',
        goodsCents: 30000,
      },
      {
        memberId: 'm1',
        relation: '配偶',
        name: '钱伟',
        cashCents: 10000,
        goods: '',
        goodsCents: 0,
      },
    ],
    memberIds: ['m1'],
    visitors: [
      { memberId: null, name: '王芳' },
      { memberId: null, name: '李强' },
    ],
    fundSource: '工会经费',
    place: '',
    voucherNo: '',
    notes: '',
    stayId: null,
    campaignId: 'c',
    createdAt: '',
    updatedAt: '',
  };
  const members = new Map([['m1', { name: '赵敏', department: '退休', unionGroup: '退休小组' }]]);
  it('the campaign sheet lists visits and distributions with one 合计', () => {
    const m = buildCampaignSheet({
      unionName: 'U',
      campaign: {
        id: 'c',
        name: '2026年两节送温暖',
        kind: '两节送温暖',
        year: 2026,
        startDate: '2026-01-20',
        endDate: null,
        notes: '',
      },
      visits: [v],
      distributions: [{ distribution: d, recipients: [r(1, '王芳', '语文组')] }],
      members,
      options: { groupBy: 'none' },
    });
    expect(m.title).toBe('2026年两节送温暖发放签领表');
    expect(rows(m).at(-1)!.cells.slice(0, 4)).toEqual(['合计', '3人次', '', '600.00元']);
    expect(rows(m)[1]!.cells[3]).toBe('大米（300.00元）');
    expect(rows(m)[0]!.cells.slice(1, 4)).toEqual(['王芳', '语文组', '月饼礼盒 1盒（200.00元）']);
    expect(m.columns.map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '部门',
      '物品/金额',
      '本人签名',
      '日期',
    ]);
  });
  it('lists 困难帮扶 records of the campaign (金秋助学) in the same sheet and 合计', () => {
    const m = buildCampaignSheet({
      unionName: 'U',
      campaign: {
        id: 'c',
        name: '2026年金秋助学',
        kind: '金秋助学',
        year: 2026,
        startDate: '2026-08-20',
        endDate: null,
        notes: '',
      },
      visits: [],
      distributions: [],
      aid: [
        {
          memberId: 'm1',
          name: '赵敏',
          what: '金秋助学：王小明（城南小学 五年级）',
          cents: 100000,
          date: '2026-08-25',
        },
      ],
      members,
      options: { groupBy: 'none' },
    });
    expect(rows(m)[0]!.cells.slice(1, 4)).toEqual([
      '赵敏',
      '退休',
      '金秋助学：王小明（城南小学 五年级）（1,000.00元）',
    ]);
    expect(rows(m).at(-1)!.cells.slice(0, 4)).toEqual(['合计', '1人次', '', '1,000.00元']);
  });
  it('the register prints each visitee with the visit’s facts and sums cash and goods', () => {
    const m = buildVisitRegister({
      unionName: 'U',
      from: '2026-01-01',
      to: '2026-12-31',
      visits: [v],
      members,
    });
    expect(m.title).toBe('2026年慰问登记表');
    expect(m.orientation).toBe('landscape');
    expect(rows(m)[1]!.cells).toEqual([
      '2',
      '2026-01-22',
      '节日（春节）',
      '钱伟（配偶）',
      '赵敏',
      '退休',
      '王芳、李强',
      '100.00',
      '',
      '',
      '工会经费',
    ]);
    expect(rows(m).at(-1)!.cells).toEqual([
      '合计',
      '',
      '1次',
      '2人次',
      '',
      '',
      '',
      '100.00',
      '',
      '300.00',
      '',
    ]);
  });
});
