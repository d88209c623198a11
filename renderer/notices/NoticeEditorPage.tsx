import { Loader, Text } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import { activityNoticeValues, suggestDocumentPrefix } from '../../shared/ledgers/notices';
import { NOTICE_KINDS, type NoticeKind } from '../../shared/ledgers/notices';
import { useProfile } from '../union';
import { NoticeEditor } from './NoticeEditor';
import { stateFromRecord, stateFromTemplate, type NoticeEditorState } from './noticeEditorState';
import { useActivityChoices, useDocumentPrefix, useNotice, useNoticeTemplates } from './useNotices';

/**
 * /notices/new?activity=ID&kind=会议通知&template=ID and /notices/:id: gathers what the
 * editor starts from, then hands over. The editor is remounted per notice.
 */
export function NoticeEditorPage() {
  const { id } = useParams();
  const [query] = useSearchParams();
  const templates = useNoticeTemplates();
  const profile = useProfile();
  const savedPrefix = useDocumentPrefix();
  const record = useNotice(id);
  const activities = useActivityChoices();

  if (
    templates === undefined ||
    profile === undefined ||
    savedPrefix === undefined ||
    record === undefined ||
    activities === undefined
  )
    return <Loader />;

  const prefix = savedPrefix ?? suggestDocumentPrefix(profile?.unionName ?? '');
  let initial: NoticeEditorState | null;
  if (id) {
    if (!record) return <Text>找不到这份通知，可能已被删除或撤销。</Text>;
    initial = stateFromRecord(record, prefix);
    if (!initial) return <Text>这是一条只登记了文号的发文记录，没有可编辑的正文。</Text>;
  } else {
    const kindParam = query.get('kind');
    const kind: NoticeKind = NOTICE_KINDS.includes(kindParam as NoticeKind)
      ? (kindParam as NoticeKind)
      : '会议通知';
    const template =
      templates.find((t) => t.id === query.get('template')) ??
      templates.find((t) => t.kind === kind) ??
      templates[0]!;
    const activityRow = activities.find((r) => r.activity.id === query.get('activity'));
    initial = {
      ...stateFromTemplate(template, { date: todayIso(), prefix }),
      activityId: activityRow?.activity.id ?? null,
      activityValues: activityRow
        ? activityNoticeValues(activityRow.activity, activityRow.counts.invited)
        : {},
    };
  }
  return (
    <NoticeEditor
      key={id ?? `new?${query.toString()}`}
      initial={initial}
      templates={templates}
      activities={activities}
      profile={profile}
    />
  );
}
