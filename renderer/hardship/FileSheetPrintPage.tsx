import { Anchor, Box, Loader, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { buildFileSheet } from '../../shared/ledgers/hardship';
import { PrintPreview } from '../print';
import { FileSheetView } from './print/FileSheetView';
import {
  useFile,
  useFileAssistance,
  useHardshipSettings,
  useSheetPerson,
  useUnionName,
} from './useHardship';

/** 打印档案表: one file's 困难职工档案表 (身份证号 and phone masked). */
export function FileSheetPrintPage() {
  const { id = '' } = useParams();
  const file = useFile(id);
  const assistance = useFileAssistance(id);
  const settings = useHardshipSettings();
  const person = useSheetPerson(file?.memberId);
  const unionName = useUnionName();
  const sheet = useMemo(
    () =>
      file && assistance && settings && person && unionName !== undefined
        ? buildFileSheet({ unionName, file, person, assistance, settings, madeOn: todayIso() })
        : null,
    [file, assistance, settings, person, unionName],
  );
  if (file === undefined || person === undefined || !assistance || !settings) return <Loader />;
  if (file === null || person === null || !sheet)
    return <Text>找不到这份档案，可能已被删除或撤销。</Text>;
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="file-sheet-print"
    >
      <PrintPreview
        title={`困难职工档案表-${person.name}`}
        document={<FileSheetView sheet={sheet} />}
        notice={
          <Anchor component={Link} to={`/hardship/${file.id}`} size="sm">
            ← 返回档案
          </Anchor>
        }
      />
    </Box>
  );
}
