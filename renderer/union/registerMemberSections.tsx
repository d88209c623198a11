import { registerMemberRecordSection } from '../roster';
import { MemberHonours, MemberOffices } from './MemberUnionRecords';

// 「担任的职务」 and 「获得的表彰」 on the roster's member page, through the roster's slot.
registerMemberRecordSection({
  key: 'union-offices',
  title: '担任的职务',
  order: 20,
  component: ({ member }) => <MemberOffices memberId={member.id} />,
});
registerMemberRecordSection({
  key: 'union-honours',
  title: '获得的表彰',
  order: 30,
  component: ({ member }) => <MemberHonours memberId={member.id} />,
});
