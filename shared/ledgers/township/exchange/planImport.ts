import { compactText } from '../../../core/text/normalizeText';
import type { AffiliatedUnion, UnionPackage } from '../rules/rows';
import { MODIFIED_REASON, type PackageIdentity, type PackageReadResult } from './readPackage';

/*
 * 收取台账包, the decisions (pure): which of the files read become packages, which replace a
 * package received before, and why each of the others is refused. One union has one package
 * per year: a newer one (by 导出时间) replaces the old one, never adds to it; an older one, or
 * the same file again, is refused with the reason.
 */

export interface PackageFileRead {
  fileName: string;
  result: PackageReadResult;
}

export interface RefusedFile {
  fileName: string;
  reason: string;
}

export interface PackagePlan {
  /** New package rows to write. */
  add: UnionPackage[];
  /** Ids of stored packages the new ones replace. */
  replace: string[];
  refused: RefusedFile[];
  /** Names of the senders not in affiliatedUnions (still imported: 未登记的工会). */
  unknown: string[];
}

/** The affiliated union a sender is: same 统计编码, else the same name (spaces ignored). */
export function matchUnion(
  identity: Pick<PackageIdentity, 'statsCode' | 'unionName'>,
  unions: readonly AffiliatedUnion[],
): AffiliatedUnion | null {
  const code = identity.statsCode.trim();
  if (code) {
    const byCode = unions.find((u) => u.code.trim() === code);
    if (byCode) return byCode;
  }
  const name = compactText(identity.unionName);
  return unions.find((u) => compactText(u.name) === name) ?? null;
}

const sameSender = (a: Pick<UnionPackage, 'unionKey' | 'unionId'>, b: UnionPackage) =>
  a.unionKey === b.unionKey || (!!a.unionId && a.unionId === b.unionId);

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

export function planPackageImport(
  reads: readonly PackageFileRead[],
  year: number,
  existing: readonly UnionPackage[],
  unions: readonly AffiliatedUnion[],
  opts: { now: string; newId: () => string },
): PackagePlan {
  const plan: PackagePlan = { add: [], replace: [], refused: [], unknown: [] };
  const current = existing.filter((p) => p.year === year);
  for (const { fileName, result } of reads) {
    if (!result.ok) {
      plan.refused.push({ fileName, reason: result.reason });
      continue;
    }
    const pkg = result.pkg;
    if (!pkg.checksumOk) {
      plan.refused.push({ fileName, reason: MODIFIED_REASON });
      continue;
    }
    const union = matchUnion(pkg.identity, unions);
    const row: UnionPackage = {
      id: opts.newId(),
      unionKey: pkg.identity.unionKey,
      unionId: pkg.identity.unionId,
      statsCode: pkg.identity.statsCode,
      unionName: union?.name ?? pkg.identity.unionName,
      ...(pkg.identity.unitKind ? { unitKind: pkg.identity.unitKind } : {}),
      affiliatedUnionId: union?.id ?? '',
      year,
      fileName,
      checksum: pkg.fileChecksum,
      exportedAt: pkg.exportedAt,
      importedAt: opts.now,
      figures: pkg.figures,
      personKeys: pkg.personKeys,
    };
    const inThisImport = plan.add.find((p) => sameSender(row, p));
    const before = inThisImport ?? current.find((p) => sameSender(row, p));
    if (before && before.checksum === row.checksum) {
      plan.refused.push({ fileName, reason: `与已收取的“${before.fileName}”是同一个文件` });
      continue;
    }
    if (before && before.exportedAt >= row.exportedAt) {
      plan.refused.push({
        fileName,
        reason: `比已收取的台账包旧（已有“${before.fileName}”，导出于 ${when(before.exportedAt)}；本文件导出于 ${when(row.exportedAt)}），未导入`,
      });
      continue;
    }
    if (inThisImport) {
      // The older of two files chosen together: refuse it, keep this one.
      plan.add.splice(plan.add.indexOf(inThisImport), 1);
      plan.refused.push({
        fileName: inThisImport.fileName,
        reason: `同时选择了同一工会更新的“${fileName}”（导出于 ${when(row.exportedAt)}），本文件未导入`,
      });
      const stored = current.find((p) => sameSender(row, p));
      if (stored && !plan.replace.includes(stored.id)) plan.replace.push(stored.id);
    } else if (before) plan.replace.push(before.id);
    plan.add.push(row);
  }
  const unknownNames = new Set(
    plan.add.filter((p) => !p.affiliatedUnionId).map((p) => p.unionName),
  );
  plan.unknown = [...unknownNames];
  return plan;
}

/**
 * 上报数: the affiliated union's 职工人数, 会员人数 and 女会员 as its package reports them (in
 * service at the period's end: staff.inService, members.inService, members.womenInService).
 */
export function reportedCounts(
  figures: UnionPackage['figures'],
): Pick<AffiliatedUnion, 'staff' | 'members' | 'women'> {
  const n = (k: string) => {
    const v = Number(figures[k] ?? 0);
    return Number.isFinite(v) && v >= 0 ? Math.round(v) : 0;
  };
  return {
    staff: n('staff.inService'),
    members: n('members.inService'),
    women: n('members.womenInService'),
  };
}
