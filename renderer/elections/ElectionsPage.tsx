import { Route, Routes } from 'react-router';
import { ElectionList } from './ElectionList';
import { ElectionFormPage } from './ElectionFormPage';
import { ElectionDetail } from './ElectionDetail';
import { TallyScreen } from './TallyScreen';
import { BallotPrintPage } from './BallotPrintPage';
import { DocumentPrintPage } from './DocumentPrintPage';
import { TallySheetPrintPage } from './TallySheetPrintPage';
import { EvaluationFormPage } from './EvaluationFormPage';
import { EvaluationDetail } from './EvaluationDetail';
import { EvaluationPrintPage } from './EvaluationPrintPage';

/** 换届选举 and 民主评议: the lists, the set-up form, an election's page, the tally screen and the printouts. */
export function ElectionsPage() {
  return (
    <Routes>
      <Route index element={<ElectionList />} />
      <Route path="new" element={<ElectionFormPage />} />
      <Route path="evaluations/new" element={<EvaluationFormPage />} />
      <Route path="evaluations/:id" element={<EvaluationDetail />} />
      <Route path="evaluations/:id/edit" element={<EvaluationFormPage />} />
      <Route path="evaluations/:id/print/:kind" element={<EvaluationPrintPage />} />
      <Route path=":id" element={<ElectionDetail />} />
      <Route path=":id/edit" element={<ElectionFormPage />} />
      <Route path=":id/tally/:round" element={<TallyScreen />} />
      <Route path=":id/ballots/:round" element={<BallotPrintPage />} />
      <Route path=":id/document/:kind" element={<DocumentPrintPage />} />
      <Route path=":id/tally-sheet" element={<TallySheetPrintPage />} />
    </Routes>
  );
}
