import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  buildNotUnionisedList,
  buildUnionTable,
  emptyAffiliatedDraft,
  type AffiliatedUnion,
} from '../../../shared/ledgers/township';
import { RegistryTableView } from './RegistryTableView';

const count = (html: string, s: string) => html.split(s).length - 1;
const union = (i: number): AffiliatedUnion => ({
  ...emptyAffiliatedDraft(),
  id: `u${i}`,
  name: `第${i}工会委员会`,
  staff: 10,
  members: 9,
  chairPhone: '13912345678',
});

describe('RegistryTableView', () => {
  it('draws the header row on every page, one 合计 row and the page numbers', () => {
    const table = buildUnionTable({
      federationName: '城南街道总工会',
      unions: Array.from({ length: 30 }, (_, i) => union(i + 1)),
      madeOn: '2026-11-21',
    });
    const html = renderToStaticMarkup(createElement(RegistryTableView, { table }));
    expect(table.pageCount).toBe(2);
    expect(count(html, '>工会名称<')).toBe(2);
    expect(count(html, 'data-testid="registry-row"')).toBe(30);
    expect(count(html, 'data-testid="registry-total"')).toBe(1);
    expect(html).toContain('第 1 页 共 2 页');
    expect(html).toContain('第 2 页 共 2 页');
    expect(html).toContain('size: A4 landscape');
    expect(html).not.toContain('13912345678');
  });

  it('prints the 未建会单位名单 on portrait pages', () => {
    const table = buildNotUnionisedList({
      federationName: '城南街道总工会',
      units: [{ id: 'a', name: '星光电子厂', kind: '企业', staff: 65, unionId: '', note: '' }],
      unions: [],
      madeOn: '2026-11-21',
    });
    const html = renderToStaticMarkup(createElement(RegistryTableView, { table }));
    expect(html).toContain('星光电子厂');
    expect(html).toContain('合计 1 个单位');
    expect(html).toContain('size: A4 portrait');
  });
});
