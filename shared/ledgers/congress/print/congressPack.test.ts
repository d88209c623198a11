import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildDemoUnion } from '../../roster/demo';
import { demoCongress } from '../demo';
import { composition } from '../rules/composition';
import { DEFAULT_CONGRESS_SETTINGS } from '../rules/settings';
import { tallySession } from '../rules/sessionTally';
import { buildBooklet } from './booklet';
import { bookletToDocx } from './bookletDocx';
import {
  buildOpenAffairsRegister,
  buildProposalRegister,
  buildQualificationReport,
  buildRepresentativeRoll,
  buildVoteTally,
  congressSignInPeople,
} from './congressPack';
import { buildProposalForms, buildReplyForms } from './proposalForms';
import type { TableDocModel } from './tableDoc';
import { buildSignInSheet } from '../../activities/print/signInSheet';

const NOW = new Date('2026-11-21T08:00:00');
const { members } = buildDemoUnion(NOW);
const demo = demoCongress(members, NOW);
const byId = new Map(members.map((m) => [m.id, m]));
const [last, current] = demo.congressSessions;
const tally = tallySession(
  current!,
  demo.representatives,
  demo.congressAttendance,
  demo.congressVotes,
  byId,
);

const rows = (m: TableDocModel) =>
  m.pages.flatMap((p) =>
    p.blocks.flatMap((b) => b.entries.flatMap((e) => (e.kind === 'row' ? [e.row] : []))),
  );
const headings = (m: TableDocModel) =>
  m.pages.flatMap((p) =>
    p.blocks.flatMap((b) =>
      b.entries.flatMap((e) => (e.kind === 'heading' && !e.continued ? [e.label] : [])),
    ),
  );

describe('the congress pack', () => {
  it('lists the roll by 代表团, 列席 and 特邀 last, every representative once', () => {
    const roll = buildRepresentativeRoll({
      unionName: '示例中学工会',
      termNumber: 3,
      representatives: demo.representatives,
      members: byId,
      madeOn: '2026-11-21',
    });
    expect(roll.title).toBe('示例中学第三届教职工代表大会代表名册');
    expect(rows(roll)).toHaveLength(demo.representatives.length);
    const h = headings(roll);
    expect(h.slice(-2)).toEqual(['列席代表（2人）', '特邀代表（1人）']);
    // every page has room for its rows
    const m = roll.metrics;
    for (const [i, p] of roll.pages.entries()) {
      const used = p.blocks[0]!.entries.reduce((s, e) => s + e.heightMm, 0);
      const head = i === 0 ? m.firstPageHeadMm : m.laterPageHeadMm;
      expect(used).toBeLessThanOrEqual(
        297 - 20 - 18 - head - m.pageFootMm - m.tableHeaderMm + 1e-6,
      );
    }
  });

  it('reports counts and shares in the 资格审查报告, with the warnings', () => {
    const c = composition(demo.representatives, byId, DEFAULT_CONGRESS_SETTINGS, {
      on: '2026-11-21',
    });
    const r = buildQualificationReport({
      unionName: '示例中学工会',
      termNumber: 3,
      composition: c,
      madeOn: '2026-11-21',
    });
    expect(r.intro.join('')).toContain(`共有正式代表${c.total}名，其中教师代表${c.teachers}名`);
    expect(headings(r)).toEqual(['岗位类别', '性别', '政治面貌', '年龄', '代表团']);
    const gender = rows(r).filter((x) => x.cells[1]![0] === '女' || x.cells[1]![0] === '男');
    expect(gender.reduce((s, x) => s + Number(x.cells[2]![0]), 0)).toBe(c.total);
  });

  it('prints each vote with what it needed and its result', () => {
    const t = buildVoteTally({ tally, madeOn: '2026-11-21' });
    const cells = rows(t).map((r) => r.cells.map((c) => c.join('')));
    expect(cells).toHaveLength(2);
    expect(cells[0]).toEqual(['1', '审议通过学校工作报告', '举手', '25', '0', '1', '16', '通过']);
    expect(t.intro.join('')).toContain('应到30人，实到26人，请假4人');
  });

  it('prints the items to be voted on blank before any vote is recorded', () => {
    const before = tallySession(current!, demo.representatives, demo.congressAttendance, [], byId);
    const cells = rows(buildVoteTally({ tally: before, madeOn: '2026-11-21' })).map((r) =>
      r.cells.map((c) => c.join('')),
    );
    expect(cells.map((c) => c[1])).toEqual([
      '听取并审议学校工作报告',
      '听取并审议学校财务工作报告',
      '审议《学校教职工绩效工资分配方案（修订稿）》',
    ]);
    expect(cells[0]!.slice(2)).toEqual(['', '', '', '', '', '']);
  });

  it('puts those on leave in the sign-in sheet’s leave list with their reason', () => {
    const people = congressSignInPeople(demo.representatives, demo.congressAttendance, current!.id);
    expect(people.leave).toHaveLength(4);
    const sheet = buildSignInSheet({
      title: '签到表',
      dateText: '',
      place: '',
      unionName: '',
      ...people,
    });
    expect(sheet.counts).toMatchObject({ members: demo.representatives.length - 4, leave: 4 });
  });

  it('registers proposals by number, then those without one', () => {
    const reg = buildProposalRegister({
      session: current!,
      proposals: demo.proposals.filter((p) => p.sessionId === current!.id),
      madeOn: '2026-11-21',
    });
    const cells = rows(reg).map((r) => r.cells.map((c) => c.join('')));
    expect(cells.map((c) => c[1])).toEqual(['1', '2', '3', '', '', '']);
    expect(cells[3]![7]).toBe('并案→1');
    expect(reg.orientation).toBe('landscape');
  });

  it('makes one 提案表 per proposal, blanks to hand out, and 答复表 with the satisfaction ticked', () => {
    const ps = demo.proposals.filter((p) => p.sessionId === current!.id && p.review === '立案');
    const forms = buildProposalForms({
      unionName: 'U',
      session: current!,
      proposals: ps,
      delegationOf: () => '语文组',
    });
    expect(forms.pageCount).toBe(3);
    expect(forms.pages[0]!.corner).toBe('编号：第1号');
    const blank = buildProposalForms({
      unionName: 'U',
      session: current!,
      proposals: [],
      delegationOf: () => '',
      blanks: 5,
    });
    expect(blank.pageCount).toBe(5);
    expect(blank.pages[0]!.rows[0]).toMatchObject({
      kind: 'fields',
      cells: [{ label: '案由', value: '' }],
    });
    for (const page of forms.pages)
      for (const r of page.rows)
        if (r.kind === 'fields') expect(r.cells.reduce((s, c) => s + 24 + c.widthMm, 0)).toBe(175);
    const replies = buildReplyForms({ unionName: 'U', session: current!, proposals: ps });
    const opinion = replies.pages[0]!.rows.find(
      (r) => r.kind === 'box' && r.label.startsWith('提案人'),
    );
    expect(opinion && opinion.kind === 'box' && opinion.lines.join('')).toContain('☑满意');
  });

  it('compiles the booklet: contents with pages, each 立案 proposal with its reply, last session’s table', async () => {
    const b = buildBooklet({
      unionName: '示例市实验中学工会委员会',
      session: current!,
      proposals: demo.proposals.filter((p) => p.sessionId === current!.id),
      suggestions: demo.suggestions,
      lastSession: last!,
      lastProposals: demo.proposals.filter((p) => p.sessionId === last!.id),
      madeOn: '2026-11-21',
    });
    expect(b.cover).toMatchObject({ unit: '示例市实验中学', title: '提案汇编' });
    expect(b.contents.map((c) => c.text)).toEqual([
      '一、提案审查情况',
      '二、立案提案及答复',
      '第1号\u3000关于改善教工食堂午餐质量的建议',
      '第2号\u3000关于教师办公电脑更新换代的建议',
      '第3号\u3000关于规范教职工体检项目的建议',
      '三、意见建议',
      '四、上次会议提案落实情况',
    ]);
    // the contents' page numbers are the pages the parts start on
    for (const c of b.contents) {
      const page = b.pages.find((p) => p.folio === c.page)!;
      const texts = page.blocks.map((x) => ('text' in x ? x.text : ''));
      expect(
        texts.some(
          (t) => c.text.startsWith(t.replace(/\u3000+$/, '')) || t.startsWith(c.text.slice(0, 8)),
        ),
      ).toBe(true);
    }
    const text = b.pages
      .flatMap((p) =>
        p.blocks.map((x) => ('text' in x ? x.text : 'cells' in x ? x.cells.flat().join('') : '')),
      )
      .join('');
    expect(text).toContain(
      '共收到代表提案6件。经提案工作委员会审查，立案3件，并案1件，转为意见建议1件，不予立案1件',
    );
    expect(text).toContain('尚未答复');
    expect(text).toContain('关于增设教职工午休室的建议');
    for (const p of b.pages)
      expect(p.blocks.reduce((s, x) => s + x.heightMm, 0)).toBeLessThanOrEqual(240);
    const docx = await bookletToDocx(b);
    const zip = XLSX.CFB.read(docx, { type: 'array' });
    const entry = XLSX.CFB.find(zip, '/word/document.xml')!;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    expect(xml).toContain('关于改善教工食堂午餐质量的建议');
    expect(xml).toContain('上次会议提案落实情况');
  });

  it('registers open affairs by date', () => {
    const r = buildOpenAffairsRegister({
      unionName: '示例市实验中学工会委员会',
      affairs: demo.openAffairs,
      madeOn: '2026-11-21',
      periodText: '2026年',
    });
    expect(r.title).toBe('示例市实验中学校务公开登记表');
    const dates = rows(r).map((x) => x.cells[1]![0]!);
    expect(dates).toHaveLength(4);
    expect(dates).toEqual([...dates].sort());
  });
});
