import { Route, Routes } from 'react-router';
import { NoticeEditorPage } from './NoticeEditorPage';
import { NoticeListPage } from './NoticeListPage';
import { TemplateEditorPage } from './TemplateEditorPage';

/** 通知公示: the register and templates, the notice editor, the template editor. */
export function NoticesPage() {
  return (
    <Routes>
      <Route index element={<NoticeListPage />} />
      <Route path="new" element={<NoticeEditorPage />} />
      <Route path="templates/new" element={<TemplateEditorPage />} />
      <Route path="templates/:templateId" element={<TemplateEditorPage />} />
      <Route path=":id" element={<NoticeEditorPage />} />
    </Routes>
  );
}
