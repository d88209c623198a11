import { Route, Routes } from 'react-router';
import { CongressHome } from './CongressHome';
import { SessionFormPage } from './SessionFormPage';
import { SessionDetail } from './SessionDetail';
import { CongressAttendanceScreen } from './CongressAttendanceScreen';
import { CongressPrintPage } from './CongressPrintPage';
import { ProposalPage } from './ProposalPage';

/** 教代会: sessions, representatives, proposals, suggestions, 校务公开, rules, and the pack's printouts. */
export function CongressPage() {
  return (
    <Routes>
      <Route index element={<CongressHome />} />
      <Route path="sessions/new" element={<SessionFormPage />} />
      <Route path="sessions/:id" element={<SessionDetail />} />
      <Route path="sessions/:id/edit" element={<SessionFormPage />} />
      <Route path="sessions/:id/attendance" element={<CongressAttendanceScreen />} />
      <Route path="proposals/:id" element={<ProposalPage />} />
      <Route path="print/:doc" element={<CongressPrintPage />} />
    </Routes>
  );
}
