// shared/ledgers/roster/print/: the printed lists (名册与名单: 花名册, 生日, 退休, 女职工) as a
// public entry of their own. Their 按姓名拼音 order reads surnames with pinyin-pro, so only the
// lists page (a lazy route) and the year pack load this; the roster page does not.
export {
  buildRosterList,
  columnChoices,
  DEFAULT_LIST_COLUMNS,
  defaultListTitle,
  excelPlan,
  listFileStem,
  listOrderLabels,
  ROSTER_LIST_KINDS,
  ROSTER_LIST_LABELS,
  withMaskedNumbers,
} from './rosterList';
