import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import type { Member } from '../../../shared/ledgers/roster';
import { rosterFileName } from '../../../shared/ledgers/roster';
import { usePlatform } from '../../app/AppContext';
import type { ListWorkbookRequest } from './listWorkbook';
import { notifyError } from '../../app/notify';

const XLSX_FILTER = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** Saves a list as 「<stem>_<date>.xlsx」 through the platform's save dialog (a download in the browser). */
export function useListExport() {
  const platform = usePlatform();
  return useCallback(
    async (
      stem: string,
      today: string,
      req: ListWorkbookRequest & { members: readonly Member[] },
    ) => {
      try {
        // SheetJS comes with the first export, not with the page.
        const { listWorkbook } = await import('./listWorkbook');
        const result = await platform.saveFile({
          suggestedName: rosterFileName(today, stem),
          data: listWorkbook(req),
          filters: XLSX_FILTER,
        });
        if (result.saved) {
          notifications.show({
            color: 'teal',
            title: '已导出',
            message: `${req.members.length} 人，已保存到 ${result.path}`,
          });
        }
      } catch (e) {
        notifyError(e, `导出${stem}失败`);
      }
    },
    [platform],
  );
}
