import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mergeNotice } from '../../shared/ledgers/notices';
import { layoutNotice } from '../../shared/ledgers/notices';
import { DEFAULT_NOTICE_TEMPLATES } from '../../shared/ledgers/notices';
import { buildSignInSheet } from '../../shared/ledgers/activities';
import { buildCommitteeRoll } from '../../shared/ledgers/union';
import { CommitteeRollView } from './CommitteeRollView';
import { NoticeView } from './NoticeView';
import { SignInSheetView } from './SignInSheetView';
import { RULE_MM } from './columnRules';

const count = (html: string, s: string) => html.split(s).length - 1;
/** The cells of a sign-in sheet's text columns: every line of every column, tags stripped. */
const cellLines = (html: string) =>
  [...html.matchAll(/class="ud-sheet-col[^"]*"[^>]*>([\s\S]*?)<\/div>/g)].flatMap((m) =>
    m[1]!.replace(/<[^>]+>/g, '').split('\n'),
  );

describe('SignInSheetView', () => {
  const members = Array.from({ length: 45 }, (_, i) => ({
    id: `m${i}`,
    name: `职工${String(i).padStart(2, '0')}号`,
    department: '语文组',
    rosterOrder: i,
  }));
  const sheet = buildSignInSheet({
    title: '教职工大会签到表',
    dateText: '2026年11月21日',
    place: '报告厅',
    unionName: '第一中学工会委员会',
    members,
  });
  const html = renderToStaticMarkup(createElement(SignInSheetView, { sheet }));

  it('draws one A4 box per page with the table header and 「第 X 页 共 Y 页」 on each', () => {
    expect(count(html, 'data-testid="print-page"')).toBe(sheet.pageCount);
    expect(count(html, '>签名<')).toBe(sheet.pageCount);
    for (let p = 1; p <= sheet.pageCount; p++)
      expect(html).toContain(`第 ${p} 页 共 ${sheet.pageCount} 页`);
    expect(html).toContain('width:210mm;height:297mm');
    expect(html).toContain('@page { size: A4 portrait; margin: 0; }');
  });

  it('prints every name exactly once and the 负责人 line', () => {
    const lines = cellLines(html);
    for (const m of members) expect(lines.filter((l) => l === m.name)).toHaveLength(1);
    expect(html).toContain('负责人：');
  });

  it('leaves empty columns out, pushing the next column over by their width', () => {
    const one = buildSignInSheet({
      title: '签到表',
      dateText: '2026年11月21日',
      place: '报告厅',
      unionName: '工会',
      members: [{ id: 'a', name: '张三', gender: '', department: '语文组', rosterOrder: 0 }],
      options: { columns: ['seq', 'name', 'gender', 'department', 'signature'] },
    });
    const out = renderToStaticMarkup(createElement(SignInSheetView, { sheet: one }));
    const run = out.slice(out.indexOf('data-testid="sign-in-run"'));
    const cols = run.slice(0, run.indexOf('</div></div></div>') + 6);
    // 序号, 姓名, 部门: no element for the empty 性别 and 签名.
    expect(count(cols, 'class="ud-sheet-col"')).toBe(3);
    const gender = one.columns.find((c) => c.key === 'gender')!;
    const genderMm = gender.widthMm - RULE_MM / one.columns.length;
    expect(cols).toMatch(new RegExp(`margin-left:${genderMm}mm">语文组\n`));
    expect(out).not.toMatch(/class="ud-sheet-col"[^>]*><\/div>/);
  });

  it('draws a run of rows as one ruled line per row and one text per column, a line per row', () => {
    const runs = [...html.matchAll(/data-testid="sign-in-run" data-rows="(\d+)"/g)];
    const rows = runs.reduce((n, m) => n + Number(m[1]), 0);
    // Every member and the walk-in rows, each with its rule.
    expect(rows).toBe(
      sheet.pages.flatMap((p) => p.blocks.flatMap((b) => b.entries)).filter((e) => e.kind === 'row')
        .length,
    );
    expect(count(html, 'class="ud-sheet-line"')).toBe(rows);
    // The name column of the first run: its names, one per line, in the sheet's order.
    const first = html.slice(html.indexOf('data-testid="sign-in-run"'));
    const n = Number(runs[0]![1]);
    const names = members.slice(0, n).map((m) => m.name);
    expect(first).toContain(`>${names.join('\n')}<`);
  });

  it('shrinks only a long name, in a span of its own on its line', () => {
    const long = buildSignInSheet({
      title: '签到表',
      dateText: '2026年11月21日',
      place: '报告厅',
      unionName: '工会',
      members: [
        { id: 'a', name: '张三', department: '语文组', rosterOrder: 0 },
        { id: 'b', name: '阿依古丽·买买提', department: '语文组', rosterOrder: 1 },
        { id: 'c', name: '李四', department: '语文组', rosterOrder: 2 },
      ],
    });
    const out = renderToStaticMarkup(createElement(SignInSheetView, { sheet: long }));
    const lines = cellLines(out);
    for (const name of ['张三', '阿依古丽·买买提', '李四']) expect(lines).toContain(name);
    expect(count(out, '<span style="font-size')).toBe(1);
    const pt = Number(
      /<span style="font-size:(\d+(?:\.\d)?)pt">阿依古丽·买买提<\/span>/.exec(out)![1],
    );
    expect(pt).toBeLessThan(12);
  });
});

describe('SignInSheetView past 9,999 names', () => {
  const members = Array.from({ length: 10_030 }, (_, i) => ({
    id: `m${i}`,
    name: `职工${i}`,
    department: '机关',
    rosterOrder: i,
  }));
  const sheet = buildSignInSheet({
    title: '签到表',
    dateText: '2026年11月21日',
    place: '礼堂',
    unionName: '某镇总工会',
    members,
    options: { order: 'roster', walkInRows: 0 },
  });
  const last = sheet.pages[sheet.pageCount - 1]!;
  const html = renderToStaticMarkup(
    createElement(SignInSheetView, { sheet: { ...sheet, pages: [last] } }),
  );

  it('sets the smaller size of five-digit numbers once on the 序号 column, not on every cell', () => {
    const seq = /class="ud-sheet-col" style="width:[\d.]+mm;font-size:([\d.]+)pt">(\d+)\n/.exec(
      html,
    );
    expect(seq).not.toBeNull();
    expect(Number(seq![1])).toBeLessThan(12);
    expect(Number(seq![2])).toBeGreaterThan(9999);
    expect(count(html, '<span style="font-size')).toBe(0);
  });
});

describe('NoticeView', () => {
  const template = DEFAULT_NOTICE_TEMPLATES[0]!;
  const { document } = mergeNotice(template, {
    文号: '一中工〔2026〕3号',
    活动名称: '教职工大会',
    工会名称: '第一中学工会委员会',
    日期: '2026年11月21日',
  });
  const layout = layoutNotice(document);
  const html = renderToStaticMarkup(createElement(NoticeView, { layout }));

  it('prints the 文号, the title in 小标宋 and page numbers 「— 1 —」', () => {
    expect(html).toContain('一中工〔2026〕3号');
    expect(html).toContain('关于召开教职工大会的通知');
    expect(html).toContain('方正小标宋简体');
    expect(html).toContain('— 1 —');
    expect(count(html, 'data-testid="print-page"')).toBe(layout.pageCount);
  });
});

describe('CommitteeRollView', () => {
  const officers = Array.from({ length: 40 }, (_, i) => ({
    id: `o${i}`,
    termNumber: 3,
    role: i === 0 ? '主席' : '委员',
    memberId: null,
    name: `委员${String(i).padStart(2, '0')}号`,
    startDate: '2023-09-01',
    endDate: null,
  }));
  const roll = buildCommitteeRoll({
    unionName: '第一中学工会委员会',
    termNumber: 3,
    termStart: '2023-09-01',
    termEnd: '2028-08-31',
    madeOn: '2026-12-01',
    officers,
    people: new Map(),
  });
  const html = renderToStaticMarkup(createElement(CommitteeRollView, { roll }));

  it('draws A4 portrait pages with the header, signature line and 「第 X 页 共 Y 页」 on each', () => {
    expect(roll.pageCount).toBe(2);
    expect(count(html, 'data-testid="print-page"')).toBe(2);
    expect(count(html, '>任职日期<')).toBe(2);
    expect(count(html, '>审核人：<')).toBe(2);
    expect(html).toContain('第 1 页 共 2 页');
    expect(html).toContain('第 2 页 共 2 页');
    expect(html).toContain('第一中学工会第3届委员会名单（续）');
    expect(html).toContain('任期：2023年9月1日至2028年8月31日');
    expect(html).toContain('@page { size: A4 portrait; margin: 0; }');
  });

  it('prints every officer exactly once', () => {
    for (const o of officers) expect(count(html, `>${o.name}<`)).toBe(1);
  });
});
