import { describe, expect, it } from 'vitest';
import { hasForbiddenCharacters, isWindowsReservedName } from './fileNames';

describe('isWindowsReservedName', () => {
  it('knows every device name, in any case, bare or with an extension', () => {
    const devices = ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'];
    for (let n = 1; n <= 9; n++) devices.push(`COM${n}`, `LPT${n}`);
    devices.push('COM¹', 'COM²', 'COM³', 'LPT¹', 'LPT²', 'LPT³');
    for (const device of devices)
      for (const name of [
        device,
        device.toLowerCase(),
        `${device}.uniondesk`,
        `${device.toLowerCase()}.tar.gz`,
        `${device}.`,
        `${device}...`,
        `${device} `,
        `${device} .uniondesk`,
        `${device}. .uniondesk`,
      ])
        expect(isWindowsReservedName(name), name).toBe(true);
  });

  it('leaves names that only contain or begin like one alone', () => {
    for (const name of [
      'CONSOLE',
      'CONTRACT.uniondesk',
      'NULL.txt',
      'COM10',
      'COM0',
      'LPT',
      'AUX-备份.uniondesk',
      '_CON.uniondesk',
      '工会台账备份_NUL.uniondesk',
      ' CON',
      '',
    ])
      expect(isWindowsReservedName(name), name).toBe(false);
  });
});

describe('hasForbiddenCharacters', () => {
  it('catches what Windows refuses and control characters', () => {
    for (const c of ['\\', '/', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\u001f'])
      expect(hasForbiddenCharacters(`a${c}b`), JSON.stringify(c)).toBe(true);
    expect(hasForbiddenCharacters('工会台账备份_2026-11-21.uniondesk')).toBe(false);
  });
});
