import { describe, expect, it } from 'vitest';
import { normalizeEthnicity, normalizePoliticalStatus } from './normalizeProfile';

describe('normalizePoliticalStatus', () => {
  it('uses the standard wording for party and league members', () => {
    expect(normalizePoliticalStatus('党员')).toBe('中共党员');
    expect(normalizePoliticalStatus('预备党员')).toBe('中共预备党员');
    expect(normalizePoliticalStatus('团员')).toBe('共青团员');
    expect(normalizePoliticalStatus('群众')).toBe('群众');
  });

  it('keeps other text as typed', () => {
    expect(normalizePoliticalStatus(' 民盟盟员 ')).toBe('民盟盟员');
    expect(normalizePoliticalStatus('')).toBeNull();
  });
});

describe('normalizeEthnicity', () => {
  it('adds the 族 suffix people often leave out', () => {
    expect(normalizeEthnicity('汉')).toBe('汉族');
    expect(normalizeEthnicity('维吾尔')).toBe('维吾尔族');
    expect(normalizeEthnicity('回族')).toBe('回族');
  });

  it('keeps words that are not an ethnic group name as typed', () => {
    expect(normalizeEthnicity('穿青人')).toBe('穿青人');
    expect(normalizeEthnicity('其他')).toBe('其他');
  });
});
