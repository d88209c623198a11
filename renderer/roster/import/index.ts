export { ImportWizardPage } from './ImportWizardPage';
export { ImportHistoryPage } from './ImportHistoryPage';
