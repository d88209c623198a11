import { Route, Routes } from 'react-router';
import { ActivityList } from './ActivityList';
import { ActivityDetail } from './ActivityDetail';
import { AttendanceScreen } from './AttendanceScreen';
import { ActivityFormPage } from './ActivityFormPage';
import { SignInSheetPage } from './SignInSheetPage';

/** 活动与会议: the list, the form, an activity's page and its attendance screen. */
export function ActivitiesPage() {
  return (
    <Routes>
      <Route index element={<ActivityList />} />
      <Route path="new" element={<ActivityFormPage />} />
      <Route path=":id" element={<ActivityDetail />} />
      <Route path=":id/edit" element={<ActivityFormPage />} />
      <Route path=":id/attendance" element={<AttendanceScreen />} />
      <Route path=":id/sign-in" element={<SignInSheetPage />} />
    </Routes>
  );
}
