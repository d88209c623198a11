import './registerMemberSection';

export { ActivitiesPage } from './ActivitiesPage';
export { MemberActivities, type MemberActivitiesProps } from './MemberActivities';
