import './registerMemberSection';

export { CarePage } from './CarePage';
export { CareReminders } from './CareReminders';
export { careRecordTable } from './careRecordTable';
export { CampaignSelect } from './CampaignSelect';
