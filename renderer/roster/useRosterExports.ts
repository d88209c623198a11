import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { usePlatform } from '../app/AppContext';
import { useProfile } from '../union';
import { todayIso } from '../../shared/core/text';
import type { Member } from '../../shared/ledgers/roster';
import { rosterFileName } from '../../shared/ledgers/roster';
import type * as RosterExcelModule from '../../shared/ledgers/roster/excel';
import { notifyError } from '../app/notify';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** The roster's workbooks, with SheetJS: loaded on the first export, not with the page. */
type RosterExcel = typeof RosterExcelModule;
const loadExcel = (): Promise<RosterExcel> => import('../../shared/ledgers/roster/excel');

/** Roster workbooks handed to the platform's save dialog. */
export function useRosterExports() {
  const platform = usePlatform();
  const profile = useProfile();

  const save = useCallback(
    async (suggestedName: string, make: (x: RosterExcel) => Uint8Array, count?: number) => {
      try {
        const result = await platform.saveFile({
          suggestedName,
          data: make(await loadExcel()),
          filters: XLSX_FILTER,
        });
        if (result.saved) {
          notifications.show({
            color: 'teal',
            title: '已导出',
            message:
              count === undefined
                ? result.path
                : `${count.toLocaleString('zh-CN')} 人，已保存到 ${result.path}`,
          });
        }
      } catch (e) {
        notifyError(e, '导出失败');
      }
    },
    [platform],
  );

  return {
    exportList: (members: readonly Member[], columnKeys: readonly string[], what = '花名册') =>
      save(
        rosterFileName(todayIso(), what),
        (x) => x.exportRosterXlsx(members, columnKeys),
        members.length,
      ),
    exportRealName: (members: readonly Member[]) =>
      save(
        rosterFileName(todayIso(), '会员实名制信息采集表'),
        (x) => x.realNameSheetXlsx(members, profile?.unitName ?? ''),
        members.length,
      ),
    exportTemplate: () => save('花名册导入模板.xlsx', (x) => x.importTemplateXlsx()),
  };
}
