import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml is only read by `npm run dist`, which cannot run here: this test
 * keeps its security settings from being dropped or flipped unnoticed. A small reader of
 * the one block (top-level key, two-space indented `key: value` lines) is enough; no YAML
 * library is a dependency of this project.
 */
const yml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');

function topLevelBlock(key: string): Record<string, string> | null {
  const lines = yml.split(/\r?\n/);
  const start = lines.findIndex((l) => l === `${key}:`);
  if (start < 0) return null;
  const block: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = /^ {2}([A-Za-z]+):\s*(\S+)\s*(#.*)?$/.exec(line);
    if (!m) break; // the next top-level key, or something this reader does not know
    block[m[1]!] = m[2]!;
  }
  return block;
}

describe('electron-builder.yml', () => {
  it('flips the security fuses', () => {
    const fuses = topLevelBlock('electronFuses');
    expect(fuses).not.toBeNull();
    expect(fuses).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('uses only fuse names electron-builder knows', () => {
    const scheme = JSON.parse(
      readFileSync(
        new URL('../../node_modules/app-builder-lib/scheme.json', import.meta.url),
        'utf8',
      ),
    ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(topLevelBlock('electronFuses') ?? {}))
      expect(known, name).toContain(name);
  });

  it('packs the app into an asar archive, which the asar fuses need', () => {
    expect(yml).toMatch(/^asar: true$/m);
  });
});
