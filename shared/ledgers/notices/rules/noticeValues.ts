/**
 * What a notice says about an activity, in the words Chinese notices use:
 * 「2026年11月25日（星期三）下午3:00」, 「学校报告厅」, 「全体在职教职工（共45人）」, and the
 * 机关代字 a union's 文号 starts with (「城南小学工会」 → 「城南工」). Pure: the editor fills
 * merge fields from these; the chair can overwrite every one of them.
 */
import type { Activity } from '../../activities/rules/activity';
import type { IsoDate } from '../../../core/text/dates';

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** 「星期三」 for 2026-11-25. */
export function weekdayOf(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

/** Which part of the day a clock time falls in, as notices write it. */
export function dayPeriodOf(time: string): string {
  const h = Number(time.slice(0, 2));
  if (h < 6) return '凌晨';
  if (h < 12) return '上午';
  if (h < 13) return '中午';
  if (h < 18) return '下午';
  return '晚上';
}

/** 「下午3:00」 for '15:00', 「上午8:30」 for '08:30', 「中午12:30」 for '12:30'. */
export function formatClockChinese(time: string): string {
  const h = Number(time.slice(0, 2));
  const min = time.slice(3, 5);
  const h12 = h > 12 ? h - 12 : h;
  return `${dayPeriodOf(time)}${h12}:${min}`;
}

function dayText(date: IsoDate, withYear: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日（${weekdayOf(date)}）`;
}

/** An end time in the same part of the day drops the repeated 「下午」: 「下午3:00至5:00」. */
function endClock(start: string | null, end: string): string {
  const text = formatClockChinese(end);
  return start && dayPeriodOf(start) === dayPeriodOf(end)
    ? text.slice(dayPeriodOf(end).length)
    : text;
}

/**
 * 「2026年11月25日（星期三）下午3:00」, with an end 「…下午3:00至5:00」, over several days
 * 「2026年11月25日（星期三）至11月27日（星期五）」.
 */
export function formatNoticeTime(
  a: Pick<Activity, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): string {
  let s = dayText(a.startDate, true);
  if (a.startTime) s += formatClockChinese(a.startTime);
  if (a.endDate && a.endDate !== a.startDate) {
    s += `至${dayText(a.endDate, a.endDate.slice(0, 4) !== a.startDate.slice(0, 4))}`;
    if (a.endTime) s += formatClockChinese(a.endTime);
  } else if (a.endTime) {
    s += `至${endClock(a.startTime, a.endTime)}`;
  }
  return s;
}

/**
 * 参加人员: the activity's 参加对象 (「全体在职教职工」), with the size of its list when one
 * is kept (「全体在职教职工（共45人）」); only the count (「名单所列45人」) when no 参加对象
 * is written; '' when neither is known.
 */
export function participantsText(targetGroup: string, listed: number): string {
  const group = targetGroup.trim();
  if (group && listed > 0) return `${group}（共${listed}人）`;
  if (group) return group;
  return listed > 0 ? `名单所列${listed}人` : '';
}

/** Merge values an activity answers: {活动名称} {时间} {地点} {参加人员}. Empty ones are left out. */
export function activityNoticeValues(
  activity: Pick<
    Activity,
    'title' | 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'place' | 'targetGroup'
  >,
  listed = 0,
): Record<string, string> {
  const values: Record<string, string> = {
    活动名称: activity.title.trim(),
    时间: activity.startDate ? formatNoticeTime(activity) : '',
    地点: activity.place.trim(),
    参加人员: participantsText(activity.targetGroup, listed),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
}

const UNIT_SUFFIXES = [
  '有限责任公司',
  '有限公司',
  '实验学校',
  '中心小学',
  '中心学校',
  '幼儿园',
  '小学',
  '中学',
  '学校',
  '学院',
  '大学',
  '医院',
  '公司',
  '集团',
];
const CN_DIGITS = '一二三四五六七八九十';

/**
 * A suggested 机关代字 for the 文号 from the union's name: 「城南小学工会」 → 「城南工」,
 * 「XX市第一中学工会委员会」 → 「一中工」, 「城关镇总工会」 → 「城关镇总工」. Only a
 * starting point: the chair keeps the one the union really uses.
 */
export function suggestDocumentPrefix(unionName: string): string {
  let name = unionName.trim().replace(/委员会$/, '');
  const federation = /总工会$/.test(name);
  name = name.replace(/总?工会$/, '');
  // 「第一中学」 → 「一中」, 「第三小学」 → 「三小」
  const numbered = new RegExp(`第([${CN_DIGITS}]{1,3})(中学|小学|中|小)`).exec(name);
  if (numbered) return `${numbered[1]}${numbered[2]!.slice(0, 1)}工`;
  // Drop the city or county in front: 「XX市城南小学」 → 「城南小学」.
  const local = name.replace(/^.+?[省市县区](?=.{2,})/, '');
  let core = local;
  for (const suffix of UNIT_SUFFIXES) {
    if (core.endsWith(suffix) && core.length > suffix.length) {
      core = core.slice(0, -suffix.length);
      break;
    }
  }
  core = [...core].slice(0, 4).join('');
  if (!core) return federation ? '总工' : '工';
  return `${core}${federation ? '总工' : '工'}`;
}
