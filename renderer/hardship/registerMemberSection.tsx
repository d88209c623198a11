import { registerMemberRecordSection } from '../roster';
import { MemberHardship } from './MemberHardship';

// 「困难帮扶」 on the roster's member page, through the roster's extension slot.
registerMemberRecordSection({
  key: 'hardship',
  title: '困难帮扶',
  order: 40,
  component: ({ member }) => <MemberHardship memberId={member.id} />,
});
