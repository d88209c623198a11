import './registerMemberSection';

export { ElectionsPage } from './ElectionsPage';
export { YearElections, type YearElectionsProps } from './YearElections';
