// shared/ledgers/roster/pinyin.ts: names read as pinyin (pinyin-pro), a public entry of its own.
// The search Worker imports it; the roster page loads it with `await import(...)` only when
// the Worker left some member without search records, so opening the roster parses no
// pinyin dictionary on the main thread.
export { cachedNamePinyin, namePinyin } from './rules/namePinyin';
