import './registerMemberSections';

export { SettingsPage } from './SettingsPage';
