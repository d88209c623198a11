/**
 * Encrypted backups: the body is AES-GCM under a key derived from a passphrase with PBKDF2
 * (WebCrypto, in the renderer and in Node alike). The header stays readable — it holds the
 * date and the record counts the list shows, never a person's data — and names the salt,
 * the IV and the iteration count, so a backup can be opened by any later version.
 *
 * Two kinds of passphrase: one the chair types (a manual backup to carry away), and the
 * app's own 备份恢复码, kept in settings, that locks the daily automatic backups without
 * asking. The 恢复码 is shown on 备份与恢复, so those backups can be opened on another PC too.
 */

export interface BackupEncryption {
  alg: 'AES-GCM';
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64, 12 bytes */
  iv: string;
  /** Who holds the passphrase: the chair ('passphrase') or the app's 恢复码 ('app'). */
  key: 'passphrase' | 'app';
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; ~0.3–1 s on an office PC, once per backup. */
export const PBKDF2_ITERATIONS = 600_000;
/** The shortest passphrase the backup dialog accepts. */
export const MIN_PASSPHRASE_LENGTH = 6;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBody(
  plain: Uint8Array,
  passphrase: string,
  key: BackupEncryption['key'],
  iterations = PBKDF2_ITERATIONS,
): Promise<{ encryption: BackupEncryption; cipher: Uint8Array }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const k = await deriveKey(passphrase, salt, iterations);
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k, plain as Uint8Array<ArrayBuffer>),
  );
  return {
    encryption: {
      alg: 'AES-GCM',
      kdf: 'PBKDF2-SHA256',
      iterations,
      salt: b64(salt),
      iv: b64(iv),
      key,
    },
    cipher,
  };
}

/** The plain body, or null when the passphrase is not the one it was locked with. */
export async function decryptBody(
  cipher: Uint8Array,
  encryption: BackupEncryption,
  passphrase: string,
): Promise<Uint8Array | null> {
  const k = await deriveKey(passphrase, unb64(encryption.salt), encryption.iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: unb64(encryption.iv) as Uint8Array<ArrayBuffer> },
        k,
        cipher as Uint8Array<ArrayBuffer>,
      ),
    );
  } catch {
    // GCM's tag does not match: a wrong passphrase (the checksum already proved the bytes whole).
    return null;
  }
}

/** The header's encryption block, or undefined when it is absent or not one this version reads. */
export function parseEncryption(o: unknown): BackupEncryption | undefined {
  if (typeof o !== 'object' || o === null) return undefined;
  const e = o as Record<string, unknown>;
  if (e.alg !== 'AES-GCM' || e.kdf !== 'PBKDF2-SHA256') return undefined;
  if (typeof e.iterations !== 'number' || e.iterations < 1) return undefined;
  if (typeof e.salt !== 'string' || typeof e.iv !== 'string') return undefined;
  return {
    alg: 'AES-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations: e.iterations,
    salt: e.salt,
    iv: e.iv,
    key: e.key === 'app' ? 'app' : 'passphrase',
  };
}

/** Letters and digits a person reads back without confusion (no 0/O, 1/I/L). */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new 备份恢复码: 6 groups of 4 (about 118 bits), e.g. 「K7QM-…」. */
export function newRecoveryCode(): string {
  const n = RECOVERY_ALPHABET.length;
  const chars: string[] = [];
  // Rejection sampling: only bytes below the largest multiple of n, so no letter is likelier.
  while (chars.length < 24)
    for (const b of crypto.getRandomValues(new Uint8Array(32)))
      if (b < 256 - (256 % n) && chars.length < 24) chars.push(RECOVERY_ALPHABET[b % n]!);
  return [0, 4, 8, 12, 16, 20].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** A 恢复码 as typed (lower case, spaces, no dashes) in its canonical form. */
export function normalizeRecoveryCode(typed: string): string {
  const c = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return c.length === 24 ? c.match(/.{4}/g)!.join('-') : typed;
}
