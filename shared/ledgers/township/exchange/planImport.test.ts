import { describe, expect, it } from 'vitest';
import type { AffiliatedUnion, UnionPackage } from '../rules/rows';
import { matchUnion, planPackageImport, type PackageFileRead } from './planImport';

function read(
  fileName: string,
  exportedAt: string,
  over: { code?: string; name?: string } = {},
): PackageFileRead {
  return {
    fileName,
    result: {
      ok: true,
      pkg: {
        kind: 'workbook',
        identity: {
          unionKey: `code:${over.code ?? 'A-1'}`,
          unionName: over.name ?? '甲工会',
          statsCode: over.code ?? 'A-1',
          unionId: 'u-a',
        },
        year: 2026,
        exportedAt,
        figures: { 'members.total': 1 },
        personKeys: [],
        checksumOk: true,
        fileChecksum: fileName,
      },
    },
  };
}

let n = 0;
const opts = { now: '2026-12-01T00:00:00.000Z', newId: () => `p${++n}` };
const stored = (exportedAt: string): UnionPackage => ({
  id: 'old',
  unionKey: 'code:A-1',
  unionId: 'u-a',
  unionName: '甲工会',
  affiliatedUnionId: 'aff-a',
  year: 2026,
  fileName: '上次.xlsx',
  checksum: '上次.xlsx',
  exportedAt,
  importedAt: '2026-11-01T00:00:00.000Z',
  figures: {},
  personKeys: [],
});

describe('planning a package import', () => {
  it('keeps the newer of two files of one union chosen together and replaces the stored one', () => {
    const plan = planPackageImport(
      [read('旧.xlsx', '2026-11-10T00:00:00Z'), read('新.xlsx', '2026-11-20T00:00:00Z')],
      2026,
      [stored('2026-11-01T00:00:00Z')],
      [],
      opts,
    );
    expect(plan.add.map((p) => p.fileName)).toEqual(['新.xlsx']);
    expect(plan.replace).toEqual(['old']);
    expect(plan.refused).toEqual([
      { fileName: '旧.xlsx', reason: expect.stringContaining('同时选择了同一工会更新的“新.xlsx”') },
    ]);
  });

  it('knows a union that got its 统计编码 after sending by its 工会标识', () => {
    const plan = planPackageImport(
      [read('有编码.xlsx', '2026-11-20T00:00:00Z', { code: 'NEW-9' })],
      2026,
      [stored('2026-11-01T00:00:00Z')],
      [],
      opts,
    );
    expect(plan.replace).toEqual(['old']);
  });

  it('matches an affiliated union by 统计编码 first, then by name ignoring spaces', () => {
    const unions = [
      { id: 'a', name: '城南 小学工会', code: '' },
      { id: 'b', name: '别的名字', code: 'CN-1' },
    ] as AffiliatedUnion[];
    expect(matchUnion({ statsCode: 'CN-1', unionName: '城南小学工会' }, unions)?.id).toBe('b');
    expect(matchUnion({ statsCode: '', unionName: '城南小学工会' }, unions)?.id).toBe('a');
    expect(matchUnion({ statsCode: 'X', unionName: '没有' }, unions)).toBeNull();
  });
});
