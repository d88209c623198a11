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

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const POOL_IDS = 4096;

/**
 * A minter of many ids of one kind in a burst (a 50,000-row import): the same
 * `<prefix>-<time>-<random>` as newId, with the time of the first id and 48 random bits
 * each, drawn from the system's random source a few thousand ids at a time instead of
 * one randomUUID per id.
 */
export function idMinter(prefix: string): () => string {
  const head = `${prefix}-${Date.now().toString(36)}-`;
  let pool = new Uint8Array(0);
  let at = 0;
  return () => {
    if (at + 6 > pool.length) {
      pool = crypto.getRandomValues(new Uint8Array(6 * POOL_IDS));
      at = 0;
    }
    const p = pool;
    const i = at;
    at += 6;
    return (
      head +
      HEX[p[i]!]! +
      HEX[p[i + 1]!]! +
      HEX[p[i + 2]!]! +
      HEX[p[i + 3]!]! +
      HEX[p[i + 4]!]! +
      HEX[p[i + 5]!]!
    );
  };
}
