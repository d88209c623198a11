import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { todayIso } from '../../shared/core/text';
import { yearReportFileName, yearReportXlsx } from '../../shared/ledgers/yearEnd';
import { usePlatform } from '../app/AppContext';
import type { YearEndView } from './useYearEnd';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** Saves the figures and the activities table as one .xlsx through the platform's save dialog. */
export function useYearReportExport() {
  const platform = usePlatform();
  return useCallback(
    async (view: YearEndView, label: string) => {
      try {
        const result = await platform.saveFile({
          suggestedName: yearReportFileName(label, todayIso()),
          data: yearReportXlsx(view),
          filters: XLSX_FILTER,
        });
        if (result.saved)
          notifications.show({
            color: 'teal',
            title: '已导出',
            message: `已保存到 ${result.path}`,
          });
      } catch (e) {
        notifications.show({
          color: 'red',
          title: '导出年度统计失败',
          message: e instanceof Error ? e.message : String(e),
        });
      }
    },
    [platform],
  );
}
