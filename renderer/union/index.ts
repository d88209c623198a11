import { lazy } from 'react';
import './registerMemberSections';

// A lazy chunk: this index is in the main bundle (the shell needs the profile and the gate).
export const SettingsPage = lazy(() =>
  import('./SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
export { FirstRunGate } from './FirstRunGate';
export { useProfile } from './useProfile';
