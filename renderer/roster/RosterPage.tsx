import { Route, Routes } from 'react-router';
import { RosterListPage } from './RosterListPage';
import { MemberPage } from './MemberPage';

/**
 * The roster feature, mounted at /roster/*: the list at /roster, one member at
 * /roster/member/:id. /roster/import belongs to the import wizard (a more specific route
 * registered outside this feature wins over /roster/*).
 */
export function RosterPage() {
  return (
    <Routes>
      <Route index element={<RosterListPage />} />
      <Route path="member/:id" element={<MemberPage />} />
    </Routes>
  );
}
