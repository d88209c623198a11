import { registerMemberRecordSection } from '../roster';
import { MemberCandidacies } from './MemberCandidacies';

// 「参加的选举」 on the roster's member page, through the roster's extension slot.
registerMemberRecordSection({
  key: 'elections',
  title: '参加的选举',
  order: 40,
  component: ({ member }) => <MemberCandidacies memberId={member.id} />,
});
