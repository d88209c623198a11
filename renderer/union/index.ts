import './registerMemberSections';

export { SettingsPage } from './SettingsPage';
export { FirstRunGate } from './FirstRunGate';
export { useProfile } from './useProfile';
