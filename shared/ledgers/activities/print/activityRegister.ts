/**
 * 活动台账 for the year (issue 14 年度台账): every activity the union itself ran, in date order,
 * with its 应到 / 出席 / 请假 / 缺席 / 来宾 counts (the same tallies as 年度统计's activities[]),
 * as a ruled A4 landscape table of the congress pack's table model.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { buildTableDoc, type TableDocModel } from '../../congress/print/tableDoc';
import type { ActivityReport } from '../rules/activityReport';

export interface ActivityRegisterEntry {
  report: ActivityReport;
  /** 类别 (the activity kind's name), 地点 */
  kind: string;
  place: string;
}

export function buildActivityRegister(input: {
  unionName: string;
  /** 「2026年」 or the period's dates */
  periodLabel: string;
  activities: readonly ActivityRegisterEntry[];
  madeOn: IsoDate;
}): TableDocModel {
  const sum = (f: (r: ActivityReport) => number) =>
    input.activities.reduce((s, a) => s + f(a.report), 0);
  return buildTableDoc({
    title: `${input.unionName}${input.periodLabel}活动台账`,
    infoLeft: `共 ${input.activities.length} 次活动，出席 ${sum((r) => r.attended)} 人次，来宾 ${sum((r) => r.guests)} 人次`,
    infoRight: `制表日期：${formatChineseDate(input.madeOn)}`,
    orientation: 'landscape',
    columns: [
      { key: 'seq', label: '序号', widthMm: 10 },
      { key: 'date', label: '日期', widthMm: 20 },
      { key: 'title', label: '活动名称', widthMm: 52, wrap: true },
      { key: 'kind', label: '类别', widthMm: 20 },
      { key: 'place', label: '地点', widthMm: 28, wrap: true },
      { key: 'eligible', label: '应到', widthMm: 12 },
      { key: 'attended', label: '出席', widthMm: 12 },
      { key: 'leave', label: '请假', widthMm: 12 },
      { key: 'absent', label: '缺席', widthMm: 12 },
      { key: 'guests', label: '来宾', widthMm: 12 },
    ],
    sections: [
      {
        heading: null,
        rows: input.activities.map(({ report: r, kind, place }) => [
          r.start,
          r.title,
          kind,
          place,
          String(r.eligible),
          String(r.attended),
          String(r.leave),
          String(r.absent),
          String(r.guests),
        ]),
      },
    ],
    signatureParts: ['制表人：', '审核人：'],
  });
}
