import { registerMemberRecordSection } from '../roster';
import { MemberDues } from './MemberDues';

// 「会费」 on the roster's member page, through the roster's extension slot.
registerMemberRecordSection({
  key: 'dues',
  title: '会费',
  order: 40,
  component: ({ member }) => <MemberDues memberId={member.id} />,
});
