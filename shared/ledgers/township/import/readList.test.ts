import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { AffiliatedUnion } from '../rules/rows';
import { emptyAffiliatedDraft } from '../rules/affiliated';
import { DEFAULT_TOWNSHIP_SETTINGS } from '../rules/settings';
import { listWrites, readAffiliatedList } from './readList';

function xlsx(rows: unknown[][]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '名单');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

let n = 0;
const read = (rows: unknown[][], kept: AffiliatedUnion[] = []) =>
  readAffiliatedList(xlsx(rows), '下属工会名单.xlsx', kept, DEFAULT_TOWNSHIP_SETTINGS, {
    today: '2026-11-21',
    newId: () => `n${++n}`,
  });

const HEAD = [
  '序号',
  '单位名称',
  '类型',
  '职工数',
  '会员数',
  '女职工',
  '工会主席',
  '联系电话',
  '任期',
  '职代会',
  '集体合同',
  '厂务公开',
  '专用账户',
];

describe('importing the federation’s own list of affiliated unions', () => {
  it('reads synonyms under a title row, 是/√/有 flags and a term written as a range', () => {
    const p = read([
      ['城南街道基层工会名单（2026年）'],
      HEAD,
      [
        1,
        '宏达机械有限公司工会',
        '企业',
        240,
        198,
        52,
        '周志强',
        '139 1234 5678',
        '2024.09-2029.08',
        '是',
        '√',
        '有',
        '否',
      ],
      [
        2,
        '城南商贸联合工会',
        '联合',
        46,
        31,
        22,
        '郑海燕',
        '',
        '2023年7月至2028年6月',
        '',
        '是',
        '',
        '√',
      ],
      ['合计', '', '', 286, 229, 74],
    ]);
    expect(p.issues).toEqual([
      expect.objectContaining({ row: 4, column: 'C', severity: 'warning' }),
    ]);
    expect(p.issues[0]!.message).toMatch(/联合工会通常覆盖 2 个以上单位/);
    expect(p.columns.map((c) => c.field)).toContain('女会员');
    const [a, b] = p.rows.map((r) => r.union);
    expect(a).toMatchObject({
      name: '宏达机械有限公司工会',
      kind: '单独建会（企业）',
      staff: 240,
      members: 198,
      women: 52,
      chairPhone: '13912345678',
      termStart: '2024-09-01',
      termEnd: '2029-08-31',
      hasCongress: true,
      hasCollectiveContract: true,
      hasOpenAffairs: true,
      hasOwnAccount: false,
    });
    expect(b).toMatchObject({ kind: '联合工会', termStart: '2023-07-01', termEnd: '2028-06-30' });
    expect(listWrites(p).unions.add).toHaveLength(2);
  });

  it('lists each bad row with its row, column and reason and leaves it out', () => {
    const p = read([
      HEAD,
      [1, '甲工会', '企业', 10, 12, 3, '', '', '', '是'],
      [2, '乙工会', '企业', 10, 8, 3, '', '123', '', '可能'],
      [3, '', '企业', 10, 8, 3],
      [4, '丙工会', '火星', 'abc', 8, 3],
      [5, '丁工会', '学校', 10, 8, 3, '', '', '明年'],
    ]);
    expect(p.rows).toHaveLength(0);
    expect(p.skipped).toBe(5);
    expect(p.issues.map((i) => [i.row, i.column, i.header])).toEqual([
      [2, 'E', '会员数'],
      [3, 'H', '联系电话'],
      [3, 'J', '职代会'],
      [4, 'B', '单位名称'],
      [5, 'C', '类型'],
      [5, 'D', '职工数'],
      [6, 'I', '任期'],
    ]);
    expect(p.issues[0]!.message).toBe('会员人数（12）不能多于职工人数（10）');
    expect(p.issues[2]!.message).toBe('职代会“可能”应为是或否（也可写 √、有、无）');
  });

  it('updates the union of the same name, keeps what the list leaves blank, skips an equal one', () => {
    const kept: AffiliatedUnion = {
      ...emptyAffiliatedDraft(),
      id: 'k1',
      name: '甲工会',
      staff: 10,
      members: 8,
      chairName: '张三',
      grade: '良好',
    };
    const p = read(
      [
        ['工会名称', '职工人数', '会员人数'],
        ['甲工会', 12, 9],
      ],
      [kept],
    );
    expect(p.rows[0]!.union).toMatchObject({
      id: 'k1',
      staff: 12,
      chairName: '张三',
      grade: '良好',
    });
    expect(listWrites(p).unions.put).toHaveLength(1);
    const same = read(
      [
        ['工会名称', '职工人数', '会员人数'],
        ['甲工会', 10, 8],
      ],
      [kept],
    );
    expect(same.rows[0]!.unchanged).toBe(true);
    expect(listWrites(same).unions).toEqual({ add: [], put: [] });
  });

  it('says what header it needs when the file has none', () => {
    const p = read([
      ['姓名', '部门'],
      ['李明', '语文组'],
    ]);
    expect(p.sheet).toBeNull();
    expect(p.issues[0]!.message).toMatch(/没有找到下属工会名单的表头/);
  });
});
