import { Anchor, Box, Button, Loader, NumberInput, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatChineseDate, todayIso } from '../../shared/core/text';
import { buildSignInSheet } from '../../shared/ledgers/activities';
import {
  bookletFileName,
  bookletToDocx,
  buildBooklet,
  buildOpenAffairsRegister,
  buildProposalForms,
  buildProposalRegister,
  buildQualificationReport,
  buildReplyForms,
  buildRepresentativeRoll,
  buildVoteTally,
  composition,
  congressSignInPeople,
  getCongressSettings,
  listOpenAffairs,
  listProposals,
  listRepresentatives,
  listSessions,
  listSuggestions,
  representativeGroup,
  representativesInSignInOrder,
  sessionView,
  signInGroupOrder,
} from '../../shared/ledgers/congress';
import {
  CongressBookletView,
  CongressFormView,
  CongressTableView,
  PrintPreview,
  SignInSheetView,
} from '../print';
import { useDb, usePlatform } from '../app/AppContext';
import { showError } from '../app/showUndo';
import { useMembers } from '../roster';
import { useUnionName } from './useCongress';

const DOC_TITLES: Record<string, string> = {
  'sign-in': '签到表',
  tally: '表决计票表',
  register: '提案登记表',
  forms: '提案表',
  'blank-forms': '空白提案表',
  replies: '提案答复表',
  booklet: '提案汇编',
  roll: '代表名册',
  review: '代表资格审查报告',
  'open-affairs': '校务公开登记表',
};

/** Everything the congress printouts are made from, read at one moment. */
function usePrintData(sessionId: string | null, term: number | null) {
  const db = useDb();
  return useLiveQuery(async () => {
    const view = sessionId ? await sessionView(db, sessionId) : null;
    const t = view?.session.termNumber ?? term;
    const [sessions, proposals, suggestions, affairs, settings, representatives] =
      await Promise.all([
        listSessions(db),
        listProposals(db),
        listSuggestions(db),
        listOpenAffairs(db),
        getCongressSettings(db),
        t === null ? Promise.resolve([]) : listRepresentatives(db, t),
      ]);
    return { view, term: t, sessions, proposals, suggestions, affairs, settings, representatives };
  }, [db, sessionId, term]);
}

/** The congress pack's printouts, one route: /congress/print/:doc?session=…&term=… */
export function CongressPrintPage() {
  const { doc = '' } = useParams();
  const [params] = useSearchParams();
  const sessionId = params.get('session');
  const termParam = params.get('term');
  const data = usePrintData(sessionId, termParam ? Number(termParam) : null);
  const members = useMembers();
  const unionName = useUnionName();
  const platform = usePlatform();
  const [blanks, setBlanks] = useState<number | string>(10);
  const today = todayIso();

  const built = useMemo(():
    | { document: ReactNode; title: string; landscape?: boolean; docx?: () => Promise<void> }
    | string
    | null => {
    if (!data || !members || unionName === undefined) return null;
    const byId = new Map(members.map((m) => [m.id, m]));
    const s = data.view?.session ?? null;
    const needSession = [
      'sign-in',
      'tally',
      'register',
      'forms',
      'blank-forms',
      'replies',
      'booklet',
    ];
    if (needSession.includes(doc) && !s) return '找不到这次会议，可能已被删除或撤销。';
    const ofSession = s ? data.proposals.filter((p) => p.sessionId === s.id) : [];
    const only = params.get('proposal');
    const chosen = only ? ofSession.filter((p) => p.id === only) : ofSession;
    const title = (name: string) => `${s ? s.name : ''}${name}`;
    switch (doc) {
      case 'sign-in': {
        const view = data.view!;
        const reps = representativesInSignInOrder(view.representatives);
        const people = congressSignInPeople(reps, view.attendance, s!.id);
        const sheet = buildSignInSheet({
          title: title('签到表'),
          dateText: formatChineseDate(s!.date),
          place: s!.place,
          unionName,
          ...people,
          options: {
            order: 'strokes',
            groupBy: 'department',
            groupOrder: signInGroupOrder(reps),
            columns: ['seq', 'name', 'gender', 'signature', 'remark'],
            personInCharge: '签到负责人',
          },
        });
        return {
          title: title('签到表'),
          document: <SignInSheetView sheet={sheet} />,
          landscape: sheet.orientation === 'landscape',
        };
      }
      case 'tally':
        return {
          title: title('表决计票表'),
          document: (
            <CongressTableView doc={buildVoteTally({ tally: data.view!.tally, madeOn: today })} />
          ),
        };
      case 'register': {
        const m = buildProposalRegister({ session: s!, proposals: ofSession, madeOn: today });
        return {
          title: title('提案登记表'),
          document: <CongressTableView doc={m} />,
          landscape: true,
        };
      }
      case 'forms':
      case 'blank-forms': {
        const reps = new Map(data.view!.representatives.map((r) => [r.memberId ?? r.name, r]));
        const forms = buildProposalForms({
          unionName,
          session: s!,
          proposals:
            doc === 'forms'
              ? only
                ? chosen
                : ofSession.filter((p) => p.review === '立案' || p.review === '待审查')
              : [],
          delegationOf: (p) => {
            const r = reps.get(p.proposer.memberId ?? p.proposer.name);
            return r ? representativeGroup(r) : '';
          },
          blanks: typeof blanks === 'number' ? Math.max(1, Math.min(100, blanks)) : 1,
        });
        return {
          title: title(doc === 'forms' ? '提案表' : '空白提案表'),
          document: <CongressFormView forms={forms} />,
        };
      }
      case 'replies': {
        const forms = buildReplyForms({
          unionName,
          session: s!,
          proposals: chosen.filter((p) => p.review === '立案'),
        });
        if (forms.pageCount === 0) return '本次会议还没有立案的提案。';
        return { title: title('提案答复表'), document: <CongressFormView forms={forms} /> };
      }
      case 'booklet': {
        const earlier = data.sessions
          .filter((x) => x.date < s!.date)
          .sort((a, b) => b.date.localeCompare(a.date));
        const last = earlier[0] ?? null;
        const fromHere = new Set(ofSession.map((p) => p.id));
        const next = data.sessions
          .filter((x) => x.date > s!.date)
          .sort((a, b) => a.date.localeCompare(b.date))[0];
        const suggestions = data.suggestions
          .filter((x) =>
            x.fromProposalId
              ? fromHere.has(x.fromProposalId)
              : x.date >= s!.date && (!next || x.date < next.date),
          )
          .sort((a, b) => a.date.localeCompare(b.date));
        const model = buildBooklet({
          unionName,
          session: s!,
          proposals: ofSession,
          suggestions,
          lastSession: last,
          lastProposals: last ? data.proposals.filter((p) => p.sessionId === last.id) : [],
          madeOn: today,
        });
        return {
          title: model.title,
          document: <CongressBookletView booklet={model} />,
          docx: async () => {
            const bytes = await bookletToDocx(model);
            await platform.saveFile({
              suggestedName: bookletFileName(model),
              data: bytes,
              filters: [{ name: 'Word 文档', extensions: ['docx'] }],
            });
          },
        };
      }
      case 'roll':
      case 'review': {
        if (data.term === null) return '请先选择届次。';
        if (doc === 'roll') {
          const m = buildRepresentativeRoll({
            unionName,
            termNumber: data.term,
            representatives: data.representatives,
            members: byId,
            madeOn: today,
          });
          return { title: m.title, document: <CongressTableView doc={m} /> };
        }
        const staff = members.filter((m) => m.status === '在职');
        const c = composition(data.representatives, byId, data.settings, { on: today, staff });
        const m = buildQualificationReport({
          unionName,
          termNumber: data.term,
          composition: c,
          madeOn: today,
        });
        return { title: m.title, document: <CongressTableView doc={m} /> };
      }
      case 'open-affairs': {
        const year = params.get('year');
        const affairs = year ? data.affairs.filter((a) => a.date.startsWith(year)) : data.affairs;
        const m = buildOpenAffairsRegister({
          unionName,
          affairs,
          madeOn: today,
          periodText: year ? `${year}年` : '全部',
        });
        return { title: m.title, document: <CongressTableView doc={m} /> };
      }
      default:
        return '没有这种打印文书。';
    }
  }, [data, members, unionName, doc, today, blanks, platform, params]);

  if (built === null) return <Loader />;
  const back = sessionId
    ? `/congress/sessions/${sessionId}`
    : doc === 'open-affairs'
      ? '/congress?tab=open-affairs'
      : '/congress?tab=representatives';
  if (typeof built === 'string')
    return (
      <Stack>
        <Anchor component={Link} to={back} size="sm">
          ‹ 返回
        </Anchor>
        <Text>{built}</Text>
      </Stack>
    );
  return (
    <Box
      h="calc(100vh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
      data-testid="congress-print"
    >
      <PrintPreview
        title={built.title}
        landscape={built.landscape ?? false}
        document={built.document}
        actions={
          built.docx ? (
            <Button
              variant="default"
              leftSection={<IconFileTypeDocx size={16} />}
              onClick={() =>
                void built.docx!().catch((e: unknown) => showError('导出 Word 失败', e))
              }
            >
              导出 Word
            </Button>
          ) : undefined
        }
        notice={
          <Anchor component={Link} to={back} size="sm">
            ‹ 返回{DOC_TITLES[doc] ? `（${DOC_TITLES[doc]}）` : ''}
          </Anchor>
        }
      >
        {doc === 'blank-forms' ? (
          <NumberInput
            label="份数"
            min={1}
            max={100}
            allowDecimal={false}
            value={blanks}
            onChange={setBlanks}
          />
        ) : undefined}
      </PrintPreview>
    </Box>
  );
}
