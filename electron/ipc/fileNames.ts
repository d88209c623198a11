/** Characters Windows refuses in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
export const FORBIDDEN_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

export function hasForbiddenCharacters(name: string): boolean {
  return new RegExp(FORBIDDEN_IN_FILE_NAME.source).test(name);
}
