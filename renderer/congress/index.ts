import './registerMemberSection';

export { CongressPage } from './CongressPage';
export { CongressReminder } from './CongressReminder';
export { CongressYearTable } from './CongressYearTable';
