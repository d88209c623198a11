import { describe, expect, it } from 'vitest';
import { normalizeEthnicity } from '../../union/rules/normalizeProfile';
import { EDUCATION_LEVELS, ETHNICITIES } from './vocabularies';

describe('member vocabularies', () => {
  it('suggests each 民族 as an import would store it, 汉族 first', () => {
    expect(ETHNICITIES[0]).toBe('汉族');
    for (const e of ETHNICITIES) expect(normalizeEthnicity(e)).toBe(e);
    expect(normalizeEthnicity('维吾尔')).toBe('维吾尔族');
  });

  it('suggests 学历 from the highest down, each once', () => {
    expect(EDUCATION_LEVELS[0]).toBe('研究生');
    expect(EDUCATION_LEVELS.at(-1)).toBe('初中及以下');
    expect(new Set(EDUCATION_LEVELS).size).toBe(EDUCATION_LEVELS.length);
  });
});
