import { registerMemberRecordSection } from '../roster';
import { MemberActivities } from './MemberActivities';

// 「参加的活动」 on the roster's member page, through the roster's extension slot.
registerMemberRecordSection({
  key: 'activities',
  title: '参加的活动',
  order: 10,
  component: ({ member }) => <MemberActivities memberId={member.id} />,
});
