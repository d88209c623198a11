import { formatChineseDate } from '../../../core/text/dates';
import type { NoticeDocument } from '../../notices/rules/noticeMerge';
import { ROUND_KIND_LABELS, type Candidate, type Election } from '../rules/election';
import { MAJORITY_BASES, QUORUM_WORDINGS, rulesText } from '../rules/settings';
import { shareText, type ElectionOutcome } from '../rules/tally';

/*
 * The election's documents as GB/T 9704 notices (the notices ledger lays them out and
 * numbers them from the 发文登记): the 请示 to the superior union (换届 and the candidate
 * list), the 选举办法 from the rules chosen, and the 选举结果报告 with every count and the
 * signature lines of 总监票人 and 计票人. Pure: data in, the document's text out.
 */

export type ElectionDocument = Omit<NoticeDocument, 'kind'>;

export interface DocumentContext {
  unionName: string;
  superiorUnion: string;
  /** 文号 from the register, or null before one is given */
  number: string | null;
  /** 成文日期 (ISO) */
  date: string;
}

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name).join('、');

/** 关于召开换届选举大会及候选人预备人选的请示 */
export function requestDocument(
  e: Election,
  candidates: readonly Candidate[],
  ctx: DocumentContext,
): ElectionDocument {
  const termWords = `第${e.termNumber}届`;
  return {
    issuer: null,
    documentNumber: ctx.number,
    title: `关于召开${e.body}进行换届选举及${termWords}工会委员会${e.office}候选人预备人选的请示`,
    addressee: `${ctx.superiorUnion || '上级工会'}：`,
    paragraphs: [
      `${ctx.unionName}任期即将届满。根据《中华人民共和国工会法》《中国工会章程》和《工会基层组织选举工作条例》的规定，经研究，拟于${formatChineseDate(e.date)}召开${e.body}，选举产生${ctx.unionName.replace(/委员会$/, '')}${termWords}委员会。现将有关事项请示如下：`,
      `一、${e.body}应到会有选举权人数${e.entitled}人。`,
      `二、${termWords}工会委员会设${e.office}${e.seats}名，任期${e.termYears}年。`,
      `三、经各工会小组酝酿推荐、工会委员会研究，提出${e.office}候选人预备人选${candidates.length}名（按姓氏笔画为序）：${names(candidates)}。差额${Math.max(0, candidates.length - e.seats)}名。`,
      '四、选举采用无记名投票、差额选举的方式进行。',
      '妥否，请批示。',
    ],
    signature: ctx.unionName,
    date: formatChineseDate(ctx.date),
    sealSpace: true,
  };
}

/** 选举办法: the rules the election is held under, as the assembly adopts them. */
export function rulesDocument(
  e: Election,
  candidates: readonly Candidate[],
  ctx: DocumentContext,
): ElectionDocument {
  const officials = [
    e.chiefScrutineer ? `总监票人${e.chiefScrutineer}` : '',
    e.scrutineers.length ? `监票人${e.scrutineers.join('、')}` : '',
    e.tellers.length ? `计票人${e.tellers.join('、')}` : '',
  ].filter((s) => s);
  return {
    issuer: null,
    documentNumber: ctx.number,
    title: `${ctx.unionName}${e.name}办法`,
    addressee: '',
    paragraphs: [
      `根据《中华人民共和国工会法》《中国工会章程》和《工会基层组织选举工作条例》的规定，制定本办法。`,
      `一、本次${e.body}选举${e.office}${e.seats}名。候选人${candidates.length}名，实行差额选举。选举采用无记名投票方式。`,
      `二、应到会有选举权人数${e.entitled}人。${rulesText(e.rules)[0]}`,
      ...rulesText(e.rules)
        .slice(1)
        .map((t, i) => `${['三', '四', '五', '六', '七', '八', '九'][i] ?? '十'}、${t}`),
      `选举设总监票人、监票人和计票人，由大会通过（候选人不得担任）。${officials.length ? `本次选举：${officials.join('；')}。` : ''}`,
      `本办法经${e.body}通过后施行。`,
      `（过半数计算基数依据：${MAJORITY_BASES[e.rules.majorityBase].source}；到会人数依据：${QUORUM_WORDINGS[e.rules.quorum].source}）`,
    ],
    signature: ctx.unionName,
    date: formatChineseDate(ctx.date),
    sealSpace: false,
  };
}

/** 选举结果报告: 应到 实到 发出 收回 有效 无效; per candidate 赞成 反对 弃权 得票率 当选. */
export function resultDocument(
  e: Election,
  outcome: ElectionOutcome,
  ctx: DocumentContext,
): ElectionDocument {
  const paragraphs: string[] = [
    `${ctx.unionName}于${formatChineseDate(e.date)}召开${e.body}，选举${e.office}。现将选举结果报告如下：`,
    `应到会有选举权人数${e.entitled}人，实到${e.present}人，${outcome.quorum.met ? '达到' : '未达到'}法定人数（${outcome.quorum.required}人）。`,
  ];
  // A round not yet counted (a re-vote just made) is not reported.
  const counted = outcome.rounds.filter((r, i) => i === 0 || r.tally.valid + r.tally.invalid > 0);
  counted.forEach((r) => {
    const round = e.rounds.find((x) => x.round === r.round)!;
    const head =
      counted.length > 1
        ? `第${r.round}轮（${ROUND_KIND_LABELS[round.kind]}，应选${round.seats}人）：`
        : '';
    const rule =
      round.kind === 'tie'
        ? '就票数相等的候选人重新投票，以得票多的当选。'
        : `当选须获得${MAJORITY_BASES[e.rules.majorityBase].label}（${r.base}）的过半数赞成票，即不少于${r.threshold}票。`;
    paragraphs.push(
      `${head}发出选票${round.issued}张，收回${round.returned}张，其中有效票${r.tally.valid}张，无效票${r.tally.invalid}张。${round.returned > round.issued ? '收回选票多于发出选票，本轮选举无效。' : '收回选票等于或少于发出选票，选举有效。'}${rule}`,
    );
    for (const c of r.contenders) {
      const writeIn = c.candidateId === null ? '（另选人）' : '';
      paragraphs.push(
        `${c.name}${writeIn}：赞成${c.for}票，反对${c.against}票，弃权${c.abstain}票，得票率${shareText(c.share)}，${c.elected ? '当选' : c.tied ? '得票相等' : '未当选'}。`,
      );
    }
  });
  if (outcome.void) paragraphs.push(`${outcome.void}`);
  else {
    paragraphs.push(
      outcome.elected.length
        ? `${outcome.elected.map((c) => c.name).join('、')}共${outcome.elected.length}人当选为${ctx.unionName.replace(/委员会$/, '')}第${e.termNumber}届委员会${e.office}。`
        : '本次选举没有人当选。',
    );
    // A re-vote already set up but not yet counted leaves the tie of the round before it.
    const tie = counted.at(-1)?.tie ?? outcome.tie;
    if (tie.length) paragraphs.push(`${names(tie)}得票相等，须就票数相等的候选人重新投票。`);
    else if (outcome.open > 0) paragraphs.push(`尚缺${outcome.open}名，另行选举。`);
  }
  paragraphs.push('特此报告，请审批。');
  paragraphs.push('总监票人（签字）：＿＿＿＿＿＿　计票人（签字）：＿＿＿＿＿＿');
  return {
    issuer: null,
    documentNumber: ctx.number,
    title: `关于${e.name}结果的报告`,
    addressee: `${ctx.superiorUnion || '上级工会'}：`,
    paragraphs,
    signature: ctx.unionName,
    date: formatChineseDate(ctx.date),
    sealSpace: true,
  };
}
