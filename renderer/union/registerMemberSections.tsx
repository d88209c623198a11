import { registerMemberRecordSection } from '../app/memberSections';
import { lazy } from 'react';

// Lazy: this registration runs at start-up (the union index is in the main bundle).
const MemberOffices = lazy(() =>
  import('./MemberUnionRecords').then((m) => ({ default: m.MemberOffices })),
);
const MemberHonours = lazy(() =>
  import('./MemberUnionRecords').then((m) => ({ default: m.MemberHonours })),
);

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
