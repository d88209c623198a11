export { ElectionsPage } from './ElectionsPage';
