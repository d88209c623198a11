/**
 * Every record id is minted here: `<prefix>-<time>-<random>`, e.g. 「act-mifx2k3a-4f1c9e02b7d5」.
 * The time part (milliseconds, base 36) keeps ids of one kind roughly in creation order; the
 * random part (48 bits of crypto.randomUUID) keeps ids apart when an import mints 40,000
 * in the same millisecond. Ids are opaque: nothing parses them.
 */
export function newId(prefix: string): string {
  const random = crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}
