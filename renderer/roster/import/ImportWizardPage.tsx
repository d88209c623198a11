import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { Link } from 'react-router';
import { listMembers, type Member } from '../../../shared/ledgers/roster';
import { getSetting, setSetting } from '../../../shared/db';
import type { Batch } from '../../../shared/db';
import type { ColumnMapping } from '../../../shared/ledgers/roster/import';
import { applyImport } from '../../../shared/ledgers/roster';
import {
  membersMissingFromFile,
  planImportStepwise,
  type ChangeField,
  type PlannedRow,
  keepFields,
  type RowDecision,
} from '../../../shared/ledgers/roster';
import { todayIso } from '../../../shared/core/text';
import { useDb, usePlatform } from '../../app/AppContext';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { MatchStep, type MissingChoice } from './MatchStep';
import { ImportDone } from './ImportDone';
import { createWriteProgress, WriteProgress } from './WriteProgress';
import { issuesByRow, useImportSession, type ImportSession } from './useImportSession';
import { errorDetail } from '../../app/errorText';
import { runAction } from '../../app/notify';

const ROSTER_FILTERS = [{ name: '花名册表格', extensions: ['xlsx', 'xls', 'csv', 'et'] }];
const mappingKey = (signature: string) => `importMapping:${signature}`;
/** Matching runs in tasks of about this long (ms), yielding to the page in between. */
const PLAN_TASK_MS = 25;

/** 导入花名册: file → columns → problems → match → done, writing only at the very end. */
export function ImportWizardPage() {
  const db = useDb();
  const platform = usePlatform();
  const { session, read, load, fix, toggleSkip, reset } = useImportSession();
  const [step, setStep] = useState(0);
  const [decisions, setDecisions] = useState<Map<number, RowDecision>>(new Map());
  const [missingChoice, setMissingChoice] = useState<MissingChoice>({ action: 'keep' });
  /** Fields the chair keeps as they are in the roster (「只更新手机号」). */
  const [keptFields, setKeptFields] = useState<ReadonlySet<ChangeField>>(new Set());
  const [done, setDone] = useState<Batch | null>(null);
  const [writing, setWriting] = useState(false);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [written] = useState(createWriteProgress);
  // The roster to match against, read once per file (not live: the write itself would
  // re-read and re-match the whole roster). applyImport re-checks inside its transaction
  // that every member it updates still exists.
  const [members, setMembers] = useState<Member[] | undefined>(undefined);
  const [rosterRead, setRosterRead] = useState(0);
  useEffect(() => {
    let current = true;
    void listMembers(db).then((m) => current && setMembers(m));
    return () => {
      current = false;
    };
  }, [db, rosterRead]);

  const pickFile = async () => {
    const file = await platform.openFile({ title: '选择花名册文件', filters: ROSTER_FILTERS });
    if (!file) return;
    setDecisions(new Map());
    setDone(null);
    const result = await load(file.name, file.data, {});
    if (!result) return;
    // A mapping the chair corrected before for files with the same headers.
    const saved = await getSetting<ColumnMapping>(db, mappingKey(result.headerSignature));
    if (saved && JSON.stringify(saved) !== JSON.stringify(result.mapping))
      await load(file.name, file.data, { mapping: saved });
    setStep(1);
  };

  const reread = async (opts: {
    sheets?: string[];
    statusFromSheetName?: boolean;
    mapping?: ColumnMapping;
  }) => {
    if (!session) return;
    await load(session.fileName, session.bytes, { ...session.options, ...opts });
  };

  // Matched only from the match step on: at 50,000 rows, planning at every read, fix or skip
  // was a long task of its own.
  // At 100,000 rows matching took one task of ~250 ms: it runs a slice at a time, the
  // page staying responsive, and the match step shows once the plan is there.
  const matching = step >= 3;
  const [planned, setPlanned] = useState<{
    session: ImportSession;
    members: Member[];
    plan: PlannedRow[];
  } | null>(null);
  useEffect(() => {
    if (!matching || !session || !members) return;
    const next = planImportStepwise(session.rows, members);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      const start = performance.now();
      let plan: PlannedRow[] | null = null;
      while (!plan && performance.now() - start < PLAN_TASK_MS) plan = next();
      if (plan) setPlanned({ session, members, plan });
      else timer = setTimeout(run, 0);
    };
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [matching, session, members]);
  const planReady =
    matching && !!planned && planned.session === session && planned.members === members;
  const basePlan = useMemo(() => (planReady ? planned.plan : []), [planReady, planned]);
  const memberMap = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  const plan = useMemo(
    () =>
      keepFields(
        basePlan.map((p) => {
          if (session?.skipped.has(p.index))
            return { ...p, decision: { action: 'skip', reason: '已跳过' } as RowDecision };
          const d = decisions.get(p.index);
          if (d && !session?.rows[p.index]?.hasError) return { ...p, decision: d };
          return p;
        }),
        session?.rows ?? [],
        memberMap,
        keptFields,
      ),
    [basePlan, decisions, session, memberMap, keptFields],
  );
  const missing = useMemo(
    () => (members ? membersMissingFromFile(plan, members) : []),
    [plan, members],
  );
  const unresolvedErrors = session
    ? session.rows.filter((r, i) => r.hasError && !session.skipped.has(i)).length
    : 0;

  const write = async () => {
    if (!session) return;
    setWriting(true);
    setWriteError(null);
    written.set(null);
    try {
      await setSetting(db, mappingKey(session.result.headerSignature), session.result.mapping);
      const problemRows = issuesByRow(session.issues).size;
      const batch = await applyImport(db, session.rows, plan, {
        fileName: session.fileName,
        today: todayIso(),
        problemRows,
        onProgress: (done, total) => written.set({ done, total }),
        missing:
          missingChoice.action === 'transfer' && missingChoice.date
            ? { action: 'transfer', date: missingChoice.date, memberIds: missing.map((m) => m.id) }
            : { action: 'keep' },
      });
      setDone(batch);
      setStep(4);
    } catch (e) {
      setWriteError(`没有导入任何数据：${errorDetail(e)}`);
    } finally {
      setWriting(false);
      written.set(null);
    }
  };

  const restart = () => {
    reset();
    setStep(0);
    setDone(null);
    setDecisions(new Map());
    setKeptFields(new Set());
    setMissingChoice({ action: 'keep' });
    setRosterRead((n) => n + 1);
  };

  const canWrite = missingChoice.action === 'keep' || !!missingChoice.date;

  return (
    <Stack maw={1200} data-testid="import-wizard">
      <Group justify="space-between">
        <Title order={2}>导入花名册</Title>
        <Anchor component={Link} to="/roster/imports" size="sm">
          导入记录
        </Anchor>
      </Group>
      <Stepper
        active={step}
        size="sm"
        allowNextStepsSelect={false}
        onStepClick={(s) => !done && s < step && setStep(s)}
      >
        <Stepper.Step label="选择文件" description={session?.fileName ?? 'Excel 或 CSV'} />
        <Stepper.Step label="核对列" description="表头与字段" />
        <Stepper.Step label="检查问题" description="修正或跳过" />
        <Stepper.Step label="比对导入" description="新增、更新" />
        <Stepper.Completed>{null}</Stepper.Completed>
      </Stepper>

      {read.kind === 'reading' && (
        <Stack gap={4}>
          <Text size="sm">正在读取… {read.total ? `${read.done} / ${read.total} 行` : ''}</Text>
          <Progress
            value={read.total ? (read.done / read.total) * 100 : 5}
            transitionDuration={0}
            data-testid="import-progress"
          />
        </Stack>
      )}
      {read.kind === 'failed' && (
        <Alert color="red" title="无法读取这个文件" data-testid="import-read-error">
          {read.message}
        </Alert>
      )}

      {step === 0 && (
        <Paper withBorder p="xl">
          <Stack align="center" gap="sm">
            <IconFileSpreadsheet size={48} color="var(--mantine-color-green-7)" />
            <Text>
              选择学校办公室或人事给的花名册（.xlsx、.xls、.csv 都可以，不需要先整理表格）。
            </Text>
            <Text size="sm" c="dimmed">
              标题行、合并单元格、两行表头、合计行都会自动识别；导入前会逐行列出问题，确认后才写入。
            </Text>
            <Button
              onClick={() => void runAction(pickFile, { failure: '没有打开文件' })}
              loading={read.kind === 'reading'}
              data-testid="import-pick-file"
            >
              选择文件…
            </Button>
          </Stack>
        </Paper>
      )}

      {session && step === 1 && (
        <MappingStep
          result={session.result}
          onChange={(o) => void reread(o)}
          busy={read.kind === 'reading'}
        />
      )}
      {session && step === 2 && (
        <PreviewStep session={session} onFix={fix} onToggleSkip={toggleSkip} />
      )}
      {session && step === 3 && !planReady && (
        <Stack gap={4} data-testid="import-matching">
          <Text size="sm">正在与花名册比对…</Text>
          <Progress value={100} animated />
        </Stack>
      )}
      {session && step === 3 && planReady && (
        <MatchStep
          rows={session.rows}
          plan={plan}
          members={memberMap}
          missing={missing}
          missingChoice={missingChoice}
          onMissingChoice={setMissingChoice}
          keptFields={keptFields}
          onKeptFields={setKeptFields}
          onDecide={(i, d) => setDecisions((m) => new Map(m).set(i, d))}
        />
      )}
      {step === 4 && done && <ImportDone batch={done} onAnother={restart} />}
      {writing && <WriteProgress store={written} />}
      {writeError && <Alert color="red">{writeError}</Alert>}

      {session && step > 0 && step < 4 && (
        <Group justify="space-between">
          <Button
            variant="default"
            // Not under a write that is running: it ends on the done screen either way.
            disabled={writing}
            onClick={() => (step === 1 ? restart() : setStep(step - 1))}
          >
            {step === 1 ? '重新选择文件' : '上一步'}
          </Button>
          {step < 3 && (
            <Group>
              {step === 2 && unresolvedErrors > 0 && (
                <Text size="sm" c="red">
                  还有 {unresolvedErrors} 行错误未处理，这些行不会导入
                </Text>
              )}
              <Button
                onClick={() => setStep(step + 1)}
                disabled={
                  read.kind === 'reading' || !Object.values(session.result.mapping).includes('name')
                }
                data-testid="import-next"
              >
                下一步
              </Button>
            </Group>
          )}
          {step === 3 && (
            <Button
              onClick={() => void write()}
              loading={writing}
              disabled={!canWrite}
              color="green"
              data-testid="import-write"
            >
              导入
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
