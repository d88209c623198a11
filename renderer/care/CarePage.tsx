import { Route, Routes } from 'react-router';
import { CareHome } from './CareHome';
import { VisitFormPage } from './VisitFormPage';
import { DistributionFormPage } from './DistributionFormPage';
import { DistributionDetail } from './DistributionDetail';
import { DistributionEditPage } from './DistributionEditPage';
import { ReceiptScreen } from './ReceiptScreen';
import { CampaignPrintPage, ReceiptPrintPage, RegisterPrintPage } from './CarePrintPages';

/** 关怀慰问: visits, distributions and their receipts, campaigns, hospital stays. */
export function CarePage() {
  return (
    <Routes>
      <Route index element={<CareHome />} />
      <Route path="visits/new" element={<VisitFormPage />} />
      <Route path="visits/:id" element={<VisitFormPage />} />
      <Route path="distributions/new" element={<DistributionFormPage />} />
      <Route path="distributions/:id" element={<DistributionDetail />} />
      <Route path="distributions/:id/edit" element={<DistributionEditPage />} />
      <Route path="distributions/:id/receipts" element={<ReceiptScreen />} />
      <Route path="distributions/:id/print" element={<ReceiptPrintPage />} />
      <Route path="campaigns/:id/print" element={<CampaignPrintPage />} />
      <Route path="register/print" element={<RegisterPrintPage />} />
    </Routes>
  );
}
