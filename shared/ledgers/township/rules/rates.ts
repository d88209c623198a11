import type { AffiliatedUnion, UnitToUnionise } from './rows';

/*
 * 建会率 and 入会率 as the federation reports them (issue 15 item 3): each a value that carries
 * its numerator, denominator and definition, so a screen or printout never shows a bare
 * percentage. Organisations (affiliated unions) and the units they cover are counted apart:
 * a 联合工会 is one organisation covering several units.
 */

export interface Rate {
  numerator: number;
  denominator: number;
  /** 0–1, 4 decimals; 0 when the denominator is 0. */
  value: number;
  /** 「已建会单位 ÷ 应建会单位」 */
  definition: string;
  /** The records behind the numerator. */
  recordIds: string[];
}

export function rateValue(numerator: number, denominator: number): number {
  return denominator > 0 ? Math.round((numerator / denominator) * 10000) / 10000 : 0;
}

/** 「92.31%（12 ÷ 13）」 */
export function rateText(r: Rate): string {
  return `${(r.value * 100).toFixed(2)}%（${r.numerator} ÷ ${r.denominator}）`;
}

/** A unit counts as unionised when it names an affiliated union that exists (its own or a 联合工会). */
export function isUnionised(
  unit: Pick<UnitToUnionise, 'unionId'>,
  unionIds: ReadonlySet<string>,
): boolean {
  return unit.unionId !== '' && unionIds.has(unit.unionId);
}

/** 建会率 = 已建会单位 ÷ 应建会单位 (units listed as needing a union). */
export function unionisationRate(
  units: readonly UnitToUnionise[],
  unions: readonly Pick<AffiliatedUnion, 'id'>[],
): Rate {
  const ids = new Set(unions.map((u) => u.id));
  const done = units.filter((u) => isUnionised(u, ids));
  return {
    numerator: done.length,
    denominator: units.length,
    value: rateValue(done.length, units.length),
    definition:
      '建会率 = 已建会单位 ÷ 应建会单位；单独建会或被联合工会覆盖的单位都算已建会，应建会单位为“应建会单位”名单中的全部单位',
    recordIds: done.map((u) => u.id),
  };
}

/** 入会率 = 会员人数 ÷ 已建会单位职工人数 (the affiliated unions' 职工人数, summed). */
export function membershipRate(unions: readonly AffiliatedUnion[]): Rate {
  const members = unions.reduce((s, u) => s + u.members, 0);
  const staff = unions.reduce((s, u) => s + u.staff, 0);
  return {
    numerator: members,
    denominator: staff,
    value: rateValue(members, staff),
    definition:
      '入会率 = 下属工会会员人数合计 ÷ 已建会单位职工人数合计（各下属工会上报或登记的职工人数）',
    recordIds: unions.map((u) => u.id),
  };
}

/** The counts the list heads with: 「12 个基层工会，覆盖 16 个单位，会员 1234 人」. */
export function registryTotals(unions: readonly AffiliatedUnion[]) {
  return {
    unions: unions.length,
    coveredUnits: unions.reduce((s, u) => s + u.coveredUnits, 0),
    staff: unions.reduce((s, u) => s + u.staff, 0),
    members: unions.reduce((s, u) => s + u.members, 0),
    women: unions.reduce((s, u) => s + u.women, 0),
  };
}
