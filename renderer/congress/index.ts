import './registerMemberSection';

export { CongressPage } from './CongressPage';
export { CongressReminder } from './CongressReminder';
