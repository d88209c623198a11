// Types for the test (tests/unit/layering.test.ts); the allow-list itself is plain JS for ESLint.
export interface Allow {
  files?: string[];
  packages?: string[];
}
export interface Layer {
  name: string;
  files: string[];
  allow?: Allow;
  allowTypes?: Allow;
  why?: string;
}
export const layers: Layer[];
export const testFiles: string[];
export const testAllow: { files: string[]; allow: Allow }[];
