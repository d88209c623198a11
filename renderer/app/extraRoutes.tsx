import { Route } from 'react-router';
import { ImportHistoryPage, ImportWizardPage } from '../roster/import';
import { WorkbookImportPage } from '../workbook';

/** Routes that are not sidebar entries, added by features. More specific than a NAV `path/*`. */
export function ExtraRoutes() {
  return [
    <Route key="import" path="/roster/import" element={<ImportWizardPage />} />,
    <Route key="imports" path="/roster/imports" element={<ImportHistoryPage />} />,
    <Route key="workbook-import" path="/workbook/import" element={<WorkbookImportPage />} />,
  ];
}
