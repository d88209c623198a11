import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  affiliatedUnionList,
  figureCatalog,
  packagesOfYear,
  peopleInSeveralUnions,
  rollUp,
  type Rollup,
  type SharedPeople,
} from '../../shared/ledgers/township';
import type { UnionPackage } from '../../shared/ledgers/township';
import { useDb } from '../app/AppContext';

/** The year being collected: ?year= in the address, else this calendar year. */
export function useRollupYear(): [number, (y: number) => void] {
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : new Date().getFullYear();
  return [year, (next) => setParams({ year: String(next) }, { replace: true })];
}

export interface RollupView {
  rollup: Rollup;
  shared: SharedPeople[];
  packages: UnionPackage[];
}

/** The year's packages rolled up (recomputed when a package or an affiliated union changes). */
export function useRollup(year: number): RollupView | undefined {
  const db = useDb();
  const packages = useLiveQuery(() => packagesOfYear(db, year), [db, year]);
  const unions = useLiveQuery(() => affiliatedUnionList(db), [db]);
  const catalog = useMemo(() => figureCatalog(year), [year]);
  return useMemo(() => {
    if (!packages || !unions) return undefined;
    return {
      rollup: rollUp(year, packages, unions, catalog),
      shared: peopleInSeveralUnions(packages),
      packages,
    };
  }, [packages, unions, catalog, year]);
}
