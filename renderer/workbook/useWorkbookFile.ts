import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import {
  applyWorkbookImport,
  exportWorkbook,
  previewWorkbookImport,
  type WorkbookPlan,
} from '../../shared/ledgers/workbook';
import { useDb, usePlatform } from '../app/AppContext';
import { showError } from '../app/showUndo';

export const WORKBOOK_FILTERS = [{ name: 'Excel 工作簿', extensions: ['xlsx', 'xls'] }];

/** 导出年度台账 / 导入年度台账 over the repositories; every failure reaches the chair in Chinese. */
export function useWorkbookFile() {
  const db = useDb();
  const platform = usePlatform();

  const exportFile = useCallback(
    async (year: number = new Date().getFullYear()) => {
      try {
        const { fileName, bytes } = await exportWorkbook(db, year);
        const saved = await platform.saveFile({
          suggestedName: fileName,
          data: bytes,
          filters: WORKBOOK_FILTERS,
        });
        if (saved.saved)
          notifications.show({ color: 'teal', title: '已导出年度台账', message: fileName });
      } catch (e) {
        showError('导出年度台账失败', e);
      }
    },
    [db, platform],
  );

  /** Asks for a file and previews it; null when cancelled or unreadable (the error is shown). */
  const pickAndPreview = useCallback(async (): Promise<WorkbookPlan | null> => {
    const file = await platform.openFile({ title: '选择年度台账文件', filters: WORKBOOK_FILTERS });
    if (!file) return null;
    try {
      return await previewWorkbookImport(db, file.data, file.name);
    } catch (e) {
      showError('无法读取这个文件', e);
      return null;
    }
  }, [db, platform]);

  const apply = useCallback((plan: WorkbookPlan) => applyWorkbookImport(db, plan), [db]);

  return { exportFile, pickAndPreview, apply };
}
