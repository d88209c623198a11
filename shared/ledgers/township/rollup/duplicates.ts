import type { UnionPackage } from '../rules/rows';

/*
 * 重复人员: people whose (salted, hashed) ID number appears in the packages of two or more
 * unions of the same year — a member counted twice in the township's total, or someone who
 * moved and is still on the old union's roll. Only the unions and how many such people are
 * shown: the hashes cannot be turned back into ID numbers, and no name travels with them.
 */

export interface SharedPeople {
  /** The unions' names, in 中文 collation order. */
  unions: string[];
  packageIds: string[];
  /** How many people appear in exactly these unions' packages. */
  count: number;
}

/** Groups of unions sharing people, largest group first. */
export function peopleInSeveralUnions(packages: readonly UnionPackage[]): SharedPeople[] {
  const owners = new Map<string, number[]>();
  packages.forEach((p, i) => {
    for (const k of new Set(p.personKeys)) {
      const list = owners.get(k);
      if (list) list.push(i);
      else owners.set(k, [i]);
    }
  });
  const groups = new Map<string, SharedPeople>();
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    const key = list.join(',');
    const g = groups.get(key);
    if (g) g.count++;
    else {
      const ps = list.map((i) => packages[i]!);
      const order = ps
        .map((p) => ({ name: p.unionName, id: p.id }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      groups.set(key, {
        unions: order.map((o) => o.name),
        packageIds: order.map((o) => o.id),
        count: 1,
      });
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.unions.join().localeCompare(b.unions.join(), 'zh-CN'),
  );
}

/** How many distinct people appear in more than one union's package. */
export function sharedPeopleCount(groups: readonly SharedPeople[]): number {
  return groups.reduce((n, g) => n + g.count, 0);
}
