// shared/core/text/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { ageOn, formatChineseDate, isIsoDate, type IsoDate, todayIso } from './dates';
export { parseDateText } from './normalizeDate';
