import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import { useWorkbookFile } from './useWorkbookFile';

export interface ExportWorkbookButtonProps extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** The year in the file name 「<工会名称>年度台账<年>.xlsx」; default the current year. */
  year?: number;
}

/** 导出年度台账: every ledger as one .xlsx, saved where the chair chooses. */
export function ExportWorkbookButton({ year, ...props }: ExportWorkbookButtonProps) {
  const { exportFile } = useWorkbookFile();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      leftSection={<IconTableExport size={18} />}
      variant="default"
      data-testid="export-workbook"
      {...props}
      loading={busy}
      onClick={() => {
        setBusy(true);
        void exportFile(year).finally(() => setBusy(false));
      }}
    >
      导出年度台账
    </Button>
  );
}
