import { Route, Routes } from 'react-router';
import { HardshipHome } from './HardshipHome';
import { FileFormPage } from './FileFormPage';
import { FileDetail } from './FileDetail';
import { FileSheetPrintPage } from './FileSheetPrintPage';
import { LedgerPrintPage } from './LedgerPrintPage';
import { PublicNoticePrintPage } from './PublicNoticePrintPage';

/** 困难帮扶: the files and the year's assistance, a file's page, its form and the printouts. */
export function HardshipPage() {
  return (
    <Routes>
      <Route index element={<HardshipHome />} />
      <Route path="new" element={<FileFormPage />} />
      <Route path="ledger/:year/print" element={<LedgerPrintPage />} />
      <Route path="notice/print" element={<PublicNoticePrintPage />} />
      <Route path=":id" element={<FileDetail />} />
      <Route path=":id/edit" element={<FileFormPage />} />
      <Route path=":id/print" element={<FileSheetPrintPage />} />
    </Routes>
  );
}
