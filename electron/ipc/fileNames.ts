/** Characters Windows refuses in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
export const FORBIDDEN_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

export function hasForbiddenCharacters(name: string): boolean {
  return new RegExp(FORBIDDEN_IN_FILE_NAME.source).test(name);
}

/**
 * Device names Windows reserves in every folder: `CON`, `NUL.uniondesk` or `com1 .txt` do
 * not name a file there but the console, the null device or a serial port. The name counts
 * as reserved with any extension and with trailing dots or spaces, in any letter case.
 */
const WINDOWS_RESERVED_NAME =
  /^(?:CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³]|CONIN\$|CONOUT\$)(?:[. ].*)?$/i;

export function isWindowsReservedName(name: string): boolean {
  return WINDOWS_RESERVED_NAME.test(name);
}
