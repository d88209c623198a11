import { ROUND_KIND_LABELS, type Election } from '../rules/election';
import { MAJORITY_BASES } from '../rules/settings';
import { shareText, type ElectionOutcome } from '../rules/tally';

/*
 * 计票表: per round the facts (应到 实到 发出 收回 有效 无效, 过半数) and per candidate 赞成 反对
 * 弃权 得票率 and the result, with signature lines for 总监票人, 监票人 and 计票人. One A4
 * page per round (a round has at most a few dozen candidates).
 */

/** An ideographic space between facts on a line. */
const GAP = '\u3000';

export interface TallySheetRow {
  order: number;
  name: string;
  for: number;
  against: number;
  abstain: number;
  share: string;
  result: string;
}

export interface TallySheetPage {
  title: string;
  /** 「第2轮（得票相等重新投票）」 when the election has more than one round, else ''. */
  subtitle: string;
  facts: string[];
  rows: TallySheetRow[];
  writeInNote: string | null;
  signatures: string[];
  pageText: string;
}

export function buildTallySheet(e: Election, outcome: ElectionOutcome): TallySheetPage[] {
  const n = outcome.rounds.length;
  return outcome.rounds.map((r, i) => {
    const round = e.rounds[i]!;
    const counted = r.tally.valid + r.tally.invalid > 0;
    const rows = r.contenders.map((c, j) => ({
      order: j + 1,
      name: c.candidateId === null ? `${c.name}（另选人）` : c.name,
      for: c.for,
      against: c.against,
      abstain: c.abstain,
      share: shareText(c.share),
      // A round not yet counted prints as a blank form to count on.
      result: !counted ? '' : c.elected ? '当选' : c.tied ? '得票相等' : '未当选',
    }));
    return {
      title: `${e.name}计票表`,
      subtitle: n > 1 ? `第${r.round}轮（${ROUND_KIND_LABELS[round.kind]}）` : '',
      facts: [
        `选举日期：${e.date}${GAP}${GAP}${e.body}${GAP}${GAP}应选${round.seats}人`,
        `应到会有选举权人数 ${e.entitled} 人${GAP}实到 ${e.present} 人${GAP}法定人数 ${outcome.quorum.required} 人（${e.rules.quorum === 'atLeastTwoThirds' ? '三分之二以上' : '超过三分之二'}）`,
        `发出选票 ${round.issued} 张${GAP}收回 ${round.returned} 张${GAP}有效 ${r.tally.valid} 张${GAP}无效 ${r.tally.invalid} 张`,
        `过半数基数：${MAJORITY_BASES[e.rules.majorityBase].label} ${r.base}，当选至少 ${r.threshold} 票`,
      ],
      rows,
      writeInNote: null,
      signatures: ['总监票人：', '监票人：', '计票人：'],
      pageText: `第 ${i + 1} 页 共 ${n} 页`,
    };
  });
}
