import { Route, Routes } from 'react-router';
import { TownshipHome } from './TownshipHome';
import { UnionFormPage } from './UnionFormPage';
import { NotUnionisedPrintPage, UnionTablePrintPage } from './RegistryPrintPages';

/** 下属工会 (乡镇街道总工会 only): the registry, a union's form and the two printouts. */
export function TownshipPage() {
  return (
    <Routes>
      <Route index element={<TownshipHome />} />
      <Route path="new" element={<UnionFormPage />} />
      <Route path="print/unions" element={<UnionTablePrintPage />} />
      <Route path="print/not-unionised" element={<NotUnionisedPrintPage />} />
      <Route path=":id/edit" element={<UnionFormPage />} />
    </Routes>
  );
}
