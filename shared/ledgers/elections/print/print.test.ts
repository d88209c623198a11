import { describe, expect, it } from 'vitest';
import { DEFAULT_ELECTION_RULES } from '../rules/settings';
import { buildBallots } from './ballots';
import { buildTallySheet } from './tallySheet';
import { resultDocument, rulesDocument, requestDocument } from './documents';
import { electionOutcome } from '../rules/tally';
import type { Ballot, Candidate, Election } from '../rules/election';

const NAMES = ['丁一', '王二', '刘三', '李四', '张五', '陈六', '周七', '赵八', '钱九'];
const round = { round: 1, kind: 'first' as const, seats: 7 };

describe('the ballots', () => {
  it('print as many as issued, numbered, two to a page, with the title, order, seats and notes', () => {
    const s = buildBallots({
      unionName: '示例中学工会委员会',
      termNumber: 5,
      office: '委员',
      round,
      candidates: NAMES,
      marks: DEFAULT_ELECTION_RULES.marks,
      options: { count: 25, numbered: true, perPage: 2 },
    });
    expect(s.pageCount).toBe(13);
    expect(s.pages.flat()).toHaveLength(25);
    const b = s.pages[12]![0]!;
    expect(b.number).toBe('No.025');
    expect(b.title).toBe('示例中学工会第5届委员会委员选举选票');
    expect(b.order).toBe('（按姓氏笔画为序）');
    expect(b.seatsText).toBe('应选7人');
    // 9 names in rows of 7, then 3 write-in columns on their own row
    expect(b.rows.map((r) => r.length)).toEqual([7, 2, 3]);
    expect(b.rows[2]!.every((c) => c.writeIn)).toBe(true);
    expect(b.notes[0]).toBe(
      '对候选人同意的，在其姓名下方格内画“○”；不同意的，画“×”；弃权的，不画任何符号。',
    );
    expect(b.notes[2]).toContain('多于7人的为无效票');
  });
  it('are unnumbered when asked, and a re-vote says so', () => {
    const s = buildBallots({
      unionName: '示例中学工会委员会',
      termNumber: 5,
      office: '委员',
      round: { round: 2, kind: 'tie', seats: 1 },
      candidates: ['周七', '赵八'],
      marks: { for: '√', against: '×', abstain: '○' },
      options: { count: 3, numbered: false, perPage: 1 },
    });
    expect(s.pageCount).toBe(3);
    expect(s.pages[0]![0]!.number).toBeNull();
    expect(s.pages[0]![0]!.title).toMatch(/（重新投票）$/);
    expect(s.pages[0]![0]!.notes[0]).toContain('弃权的，画“○”');
  });
});

const candidates: Candidate[] = NAMES.map((name, i) => ({
  id: `c${i}`,
  electionId: 'e',
  order: i + 1,
  memberId: null,
  name,
}));
const election: Election = {
  id: 'e',
  code: '2026-1',
  name: '第五届工会委员会换届选举',
  date: '2026-11-20',
  year: 2026,
  body: '会员大会',
  office: '委员',
  seats: 7,
  termNumber: 5,
  termYears: 5,
  entitled: 24,
  present: 20,
  issued: 20,
  returned: 20,
  chiefScrutineer: '监一',
  scrutineers: ['监二'],
  tellers: ['计一'],
  rules: DEFAULT_ELECTION_RULES,
  rounds: [
    {
      round: 1,
      kind: 'first',
      seats: 7,
      candidateIds: candidates.map((c) => c.id),
      issued: 20,
      returned: 20,
      entry: 'ballots',
      totals: null,
    },
  ],
  countedKeyer: 'A',
  appliedAt: null,
  createdAt: '',
  updatedAt: '',
};
const ballots: Ballot[] = Array.from({ length: 20 }, (_, n) => ({
  id: `b${n}`,
  electionId: 'e',
  round: 1,
  number: n + 1,
  keyer: 'A',
  marks: Object.fromEntries(
    candidates.slice(0, n === 0 ? 9 : 7).map((c) => [c.id, 'for' as const]),
  ),
  writeIns: [],
  spoiled: null,
  keyedAt: '',
}));
const outcome = electionOutcome(election, candidates, ballots);
const ctx = {
  unionName: '示例中学工会委员会',
  superiorUnion: '区教育工会',
  number: '示工〔2026〕3号',
  date: '2026-11-21',
};

describe('the 选举结果报告', () => {
  it('states every count, each candidate and the signature lines', () => {
    const d = resultDocument(election, outcome, ctx);
    const text = d.paragraphs.join('\n');
    expect(d.documentNumber).toBe('示工〔2026〕3号');
    expect(d.title).toBe('关于第五届工会委员会换届选举结果的报告');
    expect(text).toContain('应到会有选举权人数24人，实到20人');
    expect(text).toContain('发出选票20张，收回20张，其中有效票19张，无效票1张');
    expect(text).toContain('即不少于13票');
    expect(text).toContain('丁一：赞成19票，反对0票，弃权0票，得票率79.17%，当选。');
    expect(text).toContain('赵八：赞成0票，反对0票，弃权19票，得票率0.00%，未当选。');
    expect(text).toContain('总监票人（签字）');
    expect(text).toContain('计票人（签字）');
    expect(d.date).toBe('2026年11月21日');
  });
  it('the 请示 lists the candidates and the 办法 the rules', () => {
    expect(requestDocument(election, candidates, ctx).paragraphs.join('')).toContain(
      '候选人预备人选9名（按姓氏笔画为序）：丁一、王二',
    );
    expect(rulesDocument(election, candidates, ctx).paragraphs.join('')).toContain(
      '超过应到会有选举权人数的半数',
    );
  });
});

describe('the 计票表', () => {
  it('has a row per candidate with 得票率 and result, and the signature lines', () => {
    const [page] = buildTallySheet(election, outcome);
    expect(page!.title).toBe('第五届工会委员会换届选举计票表');
    expect(page!.subtitle).toBe('');
    expect(page!.facts[1]).toBe(
      '应到会有选举权人数 24 人\u3000实到 20 人\u3000法定人数 16 人（三分之二以上）',
    );
    expect(page!.rows).toHaveLength(9);
    expect(page!.rows[0]).toEqual({
      order: 1,
      name: '丁一',
      for: 19,
      against: 0,
      abstain: 0,
      share: '79.17%',
      result: '当选',
    });
    expect(page!.facts[2]).toBe('发出选票 20 张　收回 20 张　有效 19 张　无效 1 张');
    expect(page!.signatures).toEqual(['总监票人：', '监票人：', '计票人：']);
    expect(page!.pageText).toBe('第 1 页 共 1 页');
  });
});
