import { registerMemberRecordSection } from '../roster';
import { MemberCongress } from './MemberCongress';

// 「教代会代表」 on the roster's member page, through the roster's extension slot.
registerMemberRecordSection({
  key: 'congress',
  title: '教代会代表',
  order: 40,
  component: ({ member }) => <MemberCongress memberId={member.id} />,
});
