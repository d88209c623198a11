import { registerMemberRecordSection } from '../roster';
import { MemberCare } from './MemberCare';

// 「关怀慰问」 on the roster's member page, through the roster's extension slot.
registerMemberRecordSection({
  key: 'care',
  title: '关怀慰问',
  order: 20,
  component: ({ member }) => <MemberCare memberId={member.id} />,
});
