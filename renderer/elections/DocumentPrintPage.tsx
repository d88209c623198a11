import { Anchor, Box, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { todayIso } from '../../shared/core/text';
import {
  ELECTION_DOCUMENT_LABELS,
  electionOutcome,
  numberElectionDocument,
  requestDocument,
  resultDocument,
  rulesDocument,
  type ElectionDocumentKind,
} from '../../shared/ledgers/elections';
import {
  getDocumentPrefix,
  layoutNotice,
  setDocumentPrefix,
  suggestDocumentPrefix,
} from '../../shared/ledgers/notices';
import { useDb } from '../app/AppContext';
import { ChineseDateInput } from '../app/ChineseDateInput';
import { action } from '../app/notify';
import { NoticeView, PrintPreview } from '../print';
import { useElection, useUnionProfile } from './useElections';

const KINDS: ElectionDocumentKind[] = ['request', 'rules', 'report'];

/** 请示, 选举办法 and 选举结果报告, laid out after GB/T 9704, with a 文号 from the register. */
export function DocumentPrintPage() {
  const { id = '', kind = 'report' } = useParams();
  const db = useDb();
  const view = useElection(id);
  const profile = useUnionProfile();
  const savedPrefix = useLiveQuery(async () => (await getDocumentPrefix(db)) ?? null, [db]);
  const [date, setDate] = useState<string | null>(null);
  const [prefix, setPrefix] = useState<string | null>(null);
  const docKind = (KINDS as string[]).includes(kind) ? (kind as ElectionDocumentKind) : 'report';
  const doc = useMemo(() => {
    if (!view || profile === undefined) return null;
    const e = view.election;
    const ctx = {
      unionName: profile?.unionName ?? '',
      superiorUnion: profile?.superiorUnion ?? '',
      number: e.documents?.[docKind]?.number ?? null,
      date: date ?? (docKind === 'report' ? e.date : todayIso()),
    };
    if (docKind === 'request') return requestDocument(e, view.candidates, ctx);
    if (docKind === 'rules') return rulesDocument(e, view.candidates, ctx);
    return resultDocument(e, electionOutcome(e, view.candidates, view.ballots), ctx);
  }, [view, profile, docKind, date]);
  if (view === undefined || profile === undefined || savedPrefix === undefined) return <Loader />;
  if (!view || !doc) return <Text>找不到这项选举，可能已被删除或撤销。</Text>;
  const e = view.election;
  const number = e.documents?.[docKind]?.number ?? null;
  const thePrefix = prefix ?? savedPrefix ?? suggestDocumentPrefix(profile?.unionName ?? '');
  const theDate = date ?? (docKind === 'report' ? e.date : todayIso());
  const issue = action(async () => {
    await numberElectionDocument(db, e.id, docKind, doc.title, theDate, thePrefix);
    await setDocumentPrefix(db, thePrefix);
  }, '没有登记文号');
  return (
    <Box h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <PrintPreview title={doc.title} document={<NoticeView layout={layoutNotice(doc)} />}>
        <Stack gap="sm">
          <Anchor component={Link} to={`/elections/${e.id}`} size="sm">
            ‹ {e.name}
          </Anchor>
          <Text fw={600}>{ELECTION_DOCUMENT_LABELS[docKind]}</Text>
          <ChineseDateInput
            label="成文日期"
            value={theDate}
            onChange={(v) => setDate(typeof v === 'string' ? v : null)}
          />
          {number ? (
            <Text size="sm" data-testid="document-number">
              文号：{number}（已登记在发文登记中）
            </Text>
          ) : (
            <>
              <TextInput
                label="发文机关代字"
                value={thePrefix}
                onChange={(ev) => setPrefix(ev.currentTarget.value)}
              />
              <Button onClick={issue} data-testid="issue-number">
                登记文号
              </Button>
              <Text size="xs" c="dimmed">
                文号取发文登记中本年度的下一个号，登记后不再改变。
              </Text>
            </>
          )}
        </Stack>
      </PrintPreview>
    </Box>
  );
}
