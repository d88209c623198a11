// Types for the test (tests/unit/layering.test.ts); the rule itself is plain JS for ESLint.
import type { ESLint, Rule } from 'eslint';
import type { Layer } from './layering.js';

export function globToRegExp(glob: string): RegExp;
export function layerFor(
  layers: readonly Layer[],
  file: string,
): { layer: Layer; captures: Record<string, string> } | null;
export const importAllowList: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
