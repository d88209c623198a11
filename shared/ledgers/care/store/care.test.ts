import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import type { UnionDeskDb } from '../../../db/db';
import { newMember, withStatus, type Member } from '../../roster/rules/member';
import { emptyVisitDraft, type VisitDraft } from '../rules/visit';
import { emptyAssistanceDraft } from '../../hardship/rules/hardship';
import { copyProfile, CAP_PRESETS, DEFAULT_CAP_SETTING } from '../rules/caps';
import {
  getCapSetting,
  previewVisitCaps,
  recordStay,
  saveCapSetting,
  saveVisit,
  visitsOfMember,
  deleteCampaign,
  deleteVisit,
  dischargeStay,
  saveCampaign,
} from './care';
import {
  changeRecipients,
  createDistribution,
  updateDistribution,
  listRecipients,
  previewDistributionCaps,
  previewRecipients,
  recordReceipts,
} from './distributions';
import { DEFAULT_RECIPIENT_RULE, emptyDistributionDraft } from '../rules/distribution';

const T = '2026-01-01T00:00:00Z';
async function roster(db: UnionDeskDb): Promise<Member[]> {
  const mk = (id: string, name: string, order: number, over: Partial<Member> = {}) =>
    newMember(
      { id, name, rosterOrder: order, joinDate: '2001-09-01', department: '语文组', ...over },
      T,
    );
  const ms = [
    mk('wang', '王芳', 1),
    mk('li', '李强', 2),
    withStatus(mk('zhao', '赵敏', 3), { status: '退休', date: '2025-07-01' }),
    mk('chen', '陈工', 4, { isMember: false, joinDate: null }),
  ];
  await db.members.bulkPut(ms);
  return ms;
}
const hospital = (over: Partial<VisitDraft> = {}): VisitDraft => ({
  ...emptyVisitDraft('2026-03-10'),
  reason: '生病住院',
  visitees: [
    {
      memberId: 'wang',
      relation: '本人',
      name: '王芳',
      cashCents: 0,
      goods: '水果',
      goodsCents: 30000,
    },
  ],
  visitors: [{ memberId: 'li', name: '李强' }],
  place: '市人民医院',
  ...over,
});

describe('visits and stays', () => {
  it('a 住院 visit opens a stay; a follow-up joins it and the cap counts the stay once', async () => {
    const { db } = freshDb();
    await roster(db);
    const { visit: first } = await saveVisit(db, hospital());
    expect(first.stayId).not.toBeNull();
    const stays = await db.careStays.toArray();
    expect(stays).toEqual([
      expect.objectContaining({
        memberId: 'wang',
        admittedOn: '2026-03-10',
        hospital: '市人民医院',
      }),
    ]);

    const followUp = hospital({
      date: '2026-03-24',
      stayId: first.stayId,
      visitees: [
        {
          memberId: 'wang',
          relation: '本人',
          name: '王芳',
          cashCents: 20000,
          goods: '',
          goodsCents: 0,
        },
      ],
    });
    const [ok] = await previewVisitCaps(db, followUp);
    expect(ok!.check).toMatchObject({
      beforeCents: 30000,
      totalCents: 50000,
      capCents: 50000,
      over: false,
    });
    const over = await previewVisitCaps(db, {
      ...followUp,
      visitees: [{ ...followUp.visitees[0]!, cashCents: 20001 }],
    });
    expect(over[0]!.check.over).toBe(true);
    expect(over[0]!.message).toBe(
      '王芳：本次后累计 500.01元（此前已计 300.00元），标准 500.00元（闽工〔2018〕158号），超出 0.01元',
    );

    await saveVisit(db, followUp);
    expect(await db.careStays.count()).toBe(1);
    expect((await visitsOfMember(db, 'wang')).map((v) => v.date)).toEqual([
      '2026-03-24',
      '2026-03-10',
    ]);
  });

  it('undo of the first visit removes the stay it opened too (one batch)', async () => {
    const { db } = freshDb();
    await roster(db);
    await saveVisit(db, hospital());
    const [batch] = await listBatches(db);
    await undoBatch(db, batch!.id);
    expect(await db.careVisits.count()).toBe(0);
    expect(await db.careStays.count()).toBe(0);
  });

  it('refuses a bad visit with a Chinese message and writes nothing', async () => {
    const { db } = freshDb();
    await roster(db);
    await expect(
      saveVisit(
        db,
        hospital({
          reason: '节日',
          festival: '春节',
          visitees: [
            {
              memberId: 'wang',
              relation: '本人',
              name: '王芳',
              cashCents: 100,
              goods: '',
              goodsCents: 0,
            },
          ],
        }),
      ),
    ).rejects.toThrow(/^慰问记录不能保存：王芳：节日慰问只能发放实物/);
    await expect(saveVisit(db, hospital({ stayId: 'gone' }))).rejects.toThrow(
      '所选的住院记录已不存在，请重新选择',
    );
    expect(await db.careVisits.count()).toBe(0);
    expect(await db.careStays.count()).toBe(0);
  });

  it('a family member’s visit is on the member’s page and counts toward his cap', async () => {
    const { db } = freshDb();
    await roster(db);
    const d: VisitDraft = {
      ...emptyVisitDraft('2026-04-03'),
      reason: '直系亲属去世',
      visitees: [
        {
          memberId: 'li',
          relation: '父母',
          name: '李父',
          cashCents: 100000,
          goods: '',
          goodsCents: 0,
        },
      ],
    };
    expect((await previewVisitCaps(db, d))[0]!.check).toMatchObject({
      memberId: 'li',
      totalCents: 100000,
      over: false,
    });
    await saveVisit(db, d);
    expect((await visitsOfMember(db, 'li'))[0]!.visitees[0]!.name).toBe('李父');
  });

  it('deleting a visit is one undoable batch; a discharge before admission is refused', async () => {
    const { db } = freshDb();
    await roster(db);
    const { visit } = await saveVisit(db, hospital());
    await deleteVisit(db, visit.id);
    expect(await db.careVisits.count()).toBe(0);
    expect(await db.careStays.count()).toBe(0);
    const [batch] = await listBatches(db);
    await undoBatch(db, batch!.id);
    expect((await db.careVisits.get(visit.id))?.reason).toBe('生病住院');
    expect(await db.careStays.count()).toBe(1);
    await expect(dischargeStay(db, visit.stayId!, '2026-03-01')).rejects.toThrow(
      '出院日期不能早于入院日期 2026-03-10',
    );
    await dischargeStay(db, visit.stayId!, '2026-03-20');
    expect((await db.careStays.get(visit.stayId!))?.dischargedOn).toBe('2026-03-20');
  });

  it('a stay entered before any visit is kept for the reminder', async () => {
    const { db } = freshDb();
    await roster(db);
    const stay = await recordStay(db, {
      memberId: 'li',
      relation: '本人',
      name: '李强',
      admittedOn: '2026-05-01',
      surgery: true,
      hospital: '',
      notes: '',
    });
    expect(await db.careStays.count()).toBe(1);
    // a visit that joined it, deleted, leaves the stay for the reminder
    const { visit } = await saveVisit(
      db,
      hospital({
        date: '2026-05-02',
        stayId: stay.id,
        visitees: [
          {
            memberId: 'li',
            relation: '本人',
            name: '李强',
            cashCents: 0,
            goods: '',
            goodsCents: 0,
          },
        ],
      }),
    );
    await deleteVisit(db, visit.id);
    expect(await db.careStays.count()).toBe(1);
  });
});

describe('the cap setting', () => {
  it('is saved with the profile and used by the checks (a unit’s lower cap)', async () => {
    const { db } = freshDb();
    await roster(db);
    const mine = copyProfile(CAP_PRESETS[1]!, 'mine');
    await saveCapSetting(db, {
      ...DEFAULT_CAP_SETTING,
      activeId: 'mine',
      custom: [mine],
      unitCaps: { hospital: { cents: 20000, source: '本校规定' } },
    });
    expect((await getCapSetting(db)).activeId).toBe('mine');
    const [c] = await previewVisitCaps(db, hospital());
    expect(c!.check).toMatchObject({ capCents: 20000, source: '本校规定', over: true });
    await expect(saveCapSetting(db, { ...DEFAULT_CAP_SETTING, activeId: 'nope' })).rejects.toThrow(
      '慰问标准不能保存：请选择一个慰问标准',
    );
  });
});

describe('distributions', () => {
  it('makes the 中秋 list from the rule (在职会员 on the day) in one undoable batch', async () => {
    const { db } = freshDb();
    await roster(db);
    const people = await previewRecipients(db, DEFAULT_RECIPIENT_RULE, '2026-09-20');
    expect(people.map((m) => m.name)).toEqual(['王芳', '李强']);
    const draft = {
      ...emptyDistributionDraft('2026-09-20'),
      occasion: '中秋节',
      item: '月饼',
      valueCents: 20000,
    };
    const { distribution: d } = await createDistribution(
      db,
      draft,
      people.map((m) => m.id),
      DEFAULT_RECIPIENT_RULE,
    );
    expect(d.festival).toBe('中秋');
    const rs = await listRecipients(db, d.id);
    expect(rs.map((r) => [r.name, r.receipt])).toEqual([
      ['王芳', '未签'],
      ['李强', '未签'],
    ]);
    const [batch] = await listBatches(db);
    await undoBatch(db, batch!.id);
    expect(await db.distributions.count()).toBe(0);
    expect(await db.distributionRecipients.count()).toBe(0);
  });

  it('warns when a festival distribution takes a member over the yearly festival cap', async () => {
    const { db } = freshDb();
    await roster(db);
    await saveVisit(db, {
      ...emptyVisitDraft('2026-01-20'),
      reason: '节日',
      festival: '春节',
      visitees: [
        {
          memberId: 'wang',
          relation: '本人',
          name: '王芳',
          cashCents: 0,
          goods: '大米',
          goodsCents: 110000,
        },
      ],
    });
    const draft = {
      ...emptyDistributionDraft('2026-09-20'),
      occasion: '中秋节',
      item: '月饼',
      valueCents: 20000,
    };
    expect(await previewDistributionCaps(db, draft, ['wang', 'li'])).toEqual([]);
    const over = await previewDistributionCaps(db, { ...draft, valueCents: 20001 }, ['wang', 'li']);
    expect(over.map((o) => [o.name, o.check.totalCents])).toEqual([['王芳', 130001]]);
  });

  it('keys receipts in one batch; a bad one refuses the round, naming the person', async () => {
    const { db } = freshDb();
    await roster(db);
    const draft = {
      ...emptyDistributionDraft('2026-09-20'),
      occasion: '中秋节',
      item: '月饼',
      valueCents: 20000,
    };
    const { distribution: d } = await createDistribution(db, draft, ['wang', 'li'], null);
    const [w, l] = await listRecipients(db, d.id);
    await expect(
      recordReceipts(db, d.id, [
        { recipientId: w!.id, receipt: '本人' },
        { recipientId: l!.id, receipt: '代领' },
      ]),
    ).rejects.toThrow('李强：代领请填写代领人姓名');
    expect((await listRecipients(db, d.id)).map((r) => r.receipt)).toEqual(['未签', '未签']);
    const saved = await recordReceipts(db, d.id, [
      { recipientId: w!.id, receipt: '本人' },
      { recipientId: l!.id, receipt: '补签', signedOn: '2026-09-25' },
    ]);
    expect(saved.count).toBe(2);
    // keying the same again changes nothing and logs no batch
    expect(
      (await recordReceipts(db, d.id, [{ recipientId: w!.id, receipt: '本人' }])).batch,
    ).toBeNull();
    expect((await listRecipients(db, d.id)).map((r) => [r.receipt, r.signedOn])).toEqual([
      ['本人', '2026-09-20'],
      ['补签', '2026-09-25'],
    ]);
    const [batch] = await listBatches(db);
    expect(batch!.label).toBe('登记签收 中秋节（2人）');
    await undoBatch(db, batch!.id);
    expect((await listRecipients(db, d.id)).map((r) => r.receipt)).toEqual(['未签', '未签']);
  });

  it('editing a distribution keeps its list and reads the festival again', async () => {
    const { db } = freshDb();
    await roster(db);
    const draft = {
      ...emptyDistributionDraft('2026-09-20'),
      occasion: '中秋节',
      item: '月饼',
      valueCents: 20000,
    };
    const { distribution: d } = await createDistribution(db, draft, ['wang'], null);
    const { distribution: next, batch } = await updateDistribution(db, d.id, {
      ...draft,
      occasion: '国庆节',
      valueCents: 15000,
    });
    expect(next).toMatchObject({ festival: '国庆', valueCents: 15000, createdAt: d.createdAt });
    expect(await listRecipients(db, d.id)).toHaveLength(1);
    // 撤销 puts the facts back as they were.
    await undoBatch(db, batch.id);
    expect(await db.distributions.get(d.id)).toMatchObject({ festival: '中秋', valueCents: 20000 });
  });

  it('adds a late hire and removes someone in one undoable batch', async () => {
    const { db } = freshDb();
    await roster(db);
    const draft = {
      ...emptyDistributionDraft('2026-09-20'),
      occasion: '中秋节',
      item: '月饼',
      valueCents: 20000,
    };
    const { distribution: d } = await createDistribution(db, draft, ['wang', 'li'], null);
    await changeRecipients(db, d.id, ['chen', 'wang'], ['li']);
    expect((await listRecipients(db, d.id)).map((r) => [r.name, r.order])).toEqual([
      ['王芳', 0],
      ['陈工', 2],
    ]);
    const [batch] = await listBatches(db);
    await undoBatch(db, batch!.id);
    expect((await listRecipients(db, d.id)).map((r) => r.name)).toEqual(['王芳', '李强']);
  });

  it('refuses a shopping card for 中秋 and an empty list, writing nothing', async () => {
    const { db } = freshDb();
    await roster(db);
    const draft = {
      ...emptyDistributionDraft('2026-09-20'),
      occasion: '中秋节',
      item: '超市购物卡',
      valueCents: 20000,
    };
    await expect(createDistribution(db, draft, ['wang'], null)).rejects.toThrow(/物品中有“购物卡”/);
    await expect(createDistribution(db, { ...draft, item: '月饼' }, [], null)).rejects.toThrow(
      '发放名单是空的',
    );
    expect(await db.distributions.count()).toBe(0);
  });
});

describe('campaigns', () => {
  it('deleting a campaign keeps its records, unlinked, in one batch', async () => {
    const { db } = freshDb();
    await roster(db);
    const c = await saveCampaign(db, {
      name: '2026年两节送温暖',
      kind: '两节送温暖',
      startDate: '2026-01-20',
      endDate: null,
      notes: '',
    });
    await saveVisit(db, { ...hospital(), campaignId: c.id });
    // A 困难帮扶 record in the campaign too (金秋助学 is kept by the hardship ledger).
    await db.hardshipAssistance.add({
      ...emptyAssistanceDraft('f1', '2026-01-25'),
      id: 'a1',
      memberId: 'wang',
      amountCents: 50000,
      campaignId: c.id,
      createdAt: '',
      updatedAt: '',
    });
    await deleteCampaign(db, c.id);
    expect(await db.campaigns.count()).toBe(0);
    expect((await db.careVisits.toArray())[0]!.campaignId).toBeNull();
    expect((await db.hardshipAssistance.get('a1'))!.campaignId).toBeNull();
  });
});
