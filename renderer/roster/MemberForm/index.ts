export { MemberForm } from './MemberForm';
export type { MemberFormProps } from './MemberForm';
export { MemberFormDrawer } from './MemberFormDrawer';
export type { MemberFormDrawerProps } from './MemberFormDrawer';
