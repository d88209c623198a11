import { Anchor, Box, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  buildNotUnionisedList,
  buildUnionTable,
  type RegistryTableModel,
} from '../../shared/ledgers/township';
import { PrintPreview } from '../print';
import { RegistryTableView } from './print/RegistryTableView';
import { useAffiliatedUnions, useFederationName, useUnitsToUnionise } from './useTownship';

function RegistryPrint({ table, back }: { table: RegistryTableModel | null; back: string }) {
  if (!table) return <Loader />;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="registry-print"
    >
      <PrintPreview
        title={table.title}
        landscape={table.orientation === 'landscape'}
        document={<RegistryTableView table={table} />}
        notice={
          <Anchor component={Link} to={back} size="sm">
            ← 返回下属工会
          </Anchor>
        }
      />
    </Box>
  );
}

/** 打印基层工会组织情况一览表 (A4 landscape). */
export function UnionTablePrintPage() {
  const unions = useAffiliatedUnions();
  const name = useFederationName();
  const table = useMemo(
    () =>
      unions && name !== undefined
        ? buildUnionTable({ federationName: name, unions, madeOn: todayIso() })
        : null,
    [unions, name],
  );
  return <RegistryPrint table={table} back="/township" />;
}

/** 打印未建会单位名单 (A4 portrait). */
export function NotUnionisedPrintPage() {
  const unions = useAffiliatedUnions();
  const units = useUnitsToUnionise();
  const name = useFederationName();
  const table = useMemo(
    () =>
      unions && units && name !== undefined
        ? buildNotUnionisedList({ federationName: name, units, unions, madeOn: todayIso() })
        : null,
    [unions, units, name],
  );
  return <RegistryPrint table={table} back="/township?tab=units" />;
}
