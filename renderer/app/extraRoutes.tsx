import { lazy } from 'react';
import { Route } from 'react-router';

// Each its own chunk, like the sidebar's pages (routes.tsx).
const ImportWizardPage = lazy(() =>
  import('../roster/import').then((m) => ({ default: m.ImportWizardPage })),
);
const ImportHistoryPage = lazy(() =>
  import('../roster/import').then((m) => ({ default: m.ImportHistoryPage })),
);
const WorkbookImportPage = lazy(() =>
  import('../workbook').then((m) => ({ default: m.WorkbookImportPage })),
);

/** Routes that are not sidebar entries, added by features. More specific than a NAV `path/*`. */
export function ExtraRoutes() {
  return [
    <Route key="import" path="/roster/import" element={<ImportWizardPage />} />,
    <Route key="imports" path="/roster/imports" element={<ImportHistoryPage />} />,
    <Route key="workbook-import" path="/workbook/import" element={<WorkbookImportPage />} />,
  ];
}
