import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type UnionDeskDb } from '../../../db/db';
import { undoBatch } from '../../../db/batches';
import {
  copyNoticeTemplate,
  deleteNoticeTemplate,
  getDocumentPrefix,
  getNotice,
  getNoticeTemplate,
  issueDocument,
  listNoticeTemplates,
  listNotices,
  listNoticeYears,
  saveNotice,
  saveNoticeTemplate,
  setDocumentPrefix,
  type NoticeDraft,
} from './notices';
import { DEFAULT_NOTICE_TEMPLATES } from '../rules/noticeTemplates';

let db: UnionDeskDb;
afterEach(() => db?.close());
function freshDb(): UnionDeskDb {
  db = openDb(`t-${crypto.randomUUID()}`);
  return db;
}

const meetingTemplate = DEFAULT_NOTICE_TEMPLATES.find((t) => t.kind === '会议通知')!;

function meetingDraft(over: Partial<NoticeDraft> = {}): NoticeDraft {
  const { id: _id, name: _n, builtIn: _b, updatedAt: _u, ...source } = meetingTemplate;
  return {
    id: null,
    templateId: meetingTemplate.id,
    source,
    values: {
      工会名称: '城南小学工会委员会',
      活动名称: '第五届教代会第二次会议',
      时间: '2026年11月25日（星期三）下午3:00',
      地点: '学校报告厅',
    },
    issuer: null,
    date: '2026-11-21',
    prefix: '城南工',
    activityId: null,
    ...over,
  };
}

const issue = (year: number, title = '通知') =>
  issueDocument(db, { prefix: '城南工', year, title, date: `${year}-03-01` });

describe('notice templates', () => {
  it('always offers the built-in templates, even in a new database', async () => {
    freshDb();
    const list = await listNoticeTemplates(db);
    expect(list.map((t) => t.kind)).toEqual(['会议通知', '活动通知', '公示', '慰问信']);
    expect(list.every((t) => t.builtIn)).toBe(true);
  });

  it('saves an edited built-in as a new template and leaves the built-in as it was', async () => {
    freshDb();
    const saved = await saveNoticeTemplate(
      db,
      { ...meetingTemplate, name: '教代会通知', title: '关于召开{活动名称}的通知（第二次）' },
      meetingTemplate.id,
    );
    expect(saved.id).not.toBe(meetingTemplate.id);
    expect(saved.builtIn).toBe(false);
    expect((await getNoticeTemplate(db, meetingTemplate.id))?.title).toBe(meetingTemplate.title);
    const meetings = (await listNoticeTemplates(db)).filter((t) => t.kind === '会议通知');
    expect(meetings.map((t) => t.name)).toEqual(['会议通知（通用）', '教代会通知']);
  });

  it('updates the chair’s own template in place', async () => {
    freshDb();
    const saved = await saveNoticeTemplate(db, { ...meetingTemplate, name: '教代会通知' });
    await saveNoticeTemplate(db, { ...saved, body: '新的正文' }, saved.id);
    const all = await listNoticeTemplates(db);
    expect(all.filter((t) => !t.builtIn)).toHaveLength(1);
    expect((await getNoticeTemplate(db, saved.id))?.body).toBe('新的正文');
  });

  it('copies a template under a new name', async () => {
    freshDb();
    const copy = await copyNoticeTemplate(db, 'builtin-publicity');
    expect(copy.name).toBe('公示（通用）（副本）');
    expect(copy.body).toBe(
      DEFAULT_NOTICE_TEMPLATES.find((t) => t.id === 'builtin-publicity')!.body,
    );
  });

  it('refuses to delete a built-in template, and deletes the chair’s own undoably', async () => {
    freshDb();
    await expect(deleteNoticeTemplate(db, meetingTemplate.id)).rejects.toThrow('内置模板不能删除');
    const own = await copyNoticeTemplate(db, meetingTemplate.id);
    const batch = await deleteNoticeTemplate(db, own.id);
    expect(await getNoticeTemplate(db, own.id)).toBeUndefined();
    await undoBatch(db, batch.id);
    expect((await getNoticeTemplate(db, own.id))?.name).toBe(own.name);
  });

  it('says what is missing when a template cannot be saved', async () => {
    freshDb();
    await expect(saveNoticeTemplate(db, { ...meetingTemplate, name: ' ' })).rejects.toThrow(
      '请填写模板名称',
    );
  });
});

describe('document register', () => {
  it('numbers a year’s documents 1, 2, 3 with the hexagonal brackets', async () => {
    freshDb();
    const numbers = [];
    for (const t of ['一', '二', '三']) numbers.push((await issue(2026, t)).number);
    expect(numbers).toEqual(['城南工〔2026〕1号', '城南工〔2026〕2号', '城南工〔2026〕3号']);
  });

  it('restarts at 1 in a new year', async () => {
    freshDb();
    await issue(2026);
    await issue(2026);
    const next = await issue(2027);
    expect(next.number).toBe('城南工〔2027〕1号');
    expect((await issue(2026)).seq).toBe(3);
    expect(await listNoticeYears(db)).toEqual([2027, 2026]);
  });

  it('never gives two documents issued at the same moment the same number', async () => {
    freshDb();
    const issued = await Promise.all(Array.from({ length: 8 }, (_, i) => issue(2026, `通知${i}`)));
    const seqs = issued.map((d) => d.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses a 文号 without an issuer code', async () => {
    freshDb();
    await expect(
      issueDocument(db, { prefix: ' ', year: 2026, title: '通知', date: '2026-03-01' }),
    ).rejects.toThrow('发文机关代字');
  });
});

describe('saving notices', () => {
  it('assigns the 文号 on the first save and prints it in the stored text', async () => {
    freshDb();
    await issue(2026);
    const { record } = await saveNotice(db, meetingDraft());
    expect(record.number).toBe('城南工〔2026〕2号');
    expect(record.document?.documentNumber).toBe('城南工〔2026〕2号');
    expect(record.title).toBe('关于召开第五届教代会第二次会议的通知');
    expect(record.document?.date).toBe('2026年11月21日');
    expect(record.document?.paragraphs).toContain('学校报告厅。');
  });

  it('keeps the 文号 when a saved notice is edited and saved again', async () => {
    freshDb();
    const first = (await saveNotice(db, meetingDraft())).record;
    await issue(2026);
    const again = (
      await saveNotice(db, meetingDraft({ id: first.id, values: { 活动名称: '教职工大会' } }))
    ).record;
    expect(again.id).toBe(first.id);
    expect(again.number).toBe('城南工〔2026〕1号');
    expect(again.title).toBe('关于召开教职工大会的通知');
    expect(await listNotices(db, 2026)).toHaveLength(2);
  });

  it('keeps a notice without a 文号 in the register too, unnumbered', async () => {
    freshDb();
    const { source } = meetingDraft();
    const { record } = await saveNotice(
      db,
      meetingDraft({ source: { ...source, withDocumentNumber: false } }),
    );
    expect(record.seq).toBe(0);
    expect(record.document?.documentNumber).toBeNull();
    expect((await issue(2026)).seq).toBe(1);
  });

  it('reprints the text as saved, whatever the values are later', async () => {
    freshDb();
    const { record } = await saveNotice(db, meetingDraft());
    const stored = await getNotice(db, record.id);
    expect(stored?.document).toEqual(record.document);
    expect(stored?.values.地点).toBe('学校报告厅');
  });

  it('undoes a save, freeing nothing but the notice itself', async () => {
    freshDb();
    const { record, batch } = await saveNotice(db, meetingDraft());
    await undoBatch(db, batch.id);
    expect(await getNotice(db, record.id)).toBeUndefined();
  });
});

describe('issuer code setting', () => {
  it('remembers the code the chair typed', async () => {
    freshDb();
    expect(await getDocumentPrefix(db)).toBeUndefined();
    await setDocumentPrefix(db, ' 城南工 ');
    expect(await getDocumentPrefix(db)).toBe('城南工');
  });
});
