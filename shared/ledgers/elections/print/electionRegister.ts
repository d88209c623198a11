/**
 * 换届选举结果登记 for the year (issue 14 年度台账): per election held in the period, a heading
 * with 应到 实到 发出 收回 有效 无效 and one line per candidate — 赞成 反对 弃权 得票率 当选 —
 * from the same ElectionReport as 年度统计's elections[] (so the pack and the page agree).
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { buildTableDoc, type TableDocModel } from '../../congress/print/tableDoc';
import type { ElectionReport } from '../rules/report';

const share = (n: number, of: number) => (of > 0 ? `${((n / of) * 100).toFixed(2)}%` : '—');

export function buildElectionRegister(input: {
  unionName: string;
  periodLabel: string;
  elections: readonly ElectionReport[];
  madeOn: IsoDate;
}): TableDocModel {
  return buildTableDoc({
    title: `${input.unionName}${input.periodLabel}换届选举结果登记表`,
    infoLeft: `共 ${input.elections.length} 次选举`,
    infoRight: `制表日期：${formatChineseDate(input.madeOn)}`,
    orientation: 'landscape',
    columns: [
      { key: 'seq', label: '序号', widthMm: 10 },
      { key: 'name', label: '候选人', widthMm: 30 },
      { key: 'for', label: '赞成', widthMm: 15 },
      { key: 'against', label: '反对', widthMm: 15 },
      { key: 'abstain', label: '弃权', widthMm: 15 },
      { key: 'share', label: '得票率（占应到）', widthMm: 25 },
      { key: 'elected', label: '当选', widthMm: 15 },
    ],
    sections: input.elections.map((e) => ({
      heading: `${e.name}：应到 ${e.entitled} 人，实到 ${e.present} 人，发出 ${e.issued} 张，收回 ${e.returned} 张，有效 ${e.valid} 张，无效 ${e.invalid} 张，当选须 ${e.threshold} 票`,
      rows: e.candidates.map((c) => [
        c.name,
        String(c.for),
        String(c.against),
        String(c.abstain),
        share(c.for, e.entitled),
        c.elected ? '当选' : '',
      ]),
    })),
    signatureParts: ['总监票人：', '计票人：', '（工会盖章）'],
  });
}
