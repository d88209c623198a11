import { describe, expect, it } from 'vitest';
import {
  CAP_KINDS,
  CAP_PRESETS,
  DEFAULT_CAP_SETTING,
  capKindOf,
  checkAll,
  checkCap,
  copyProfile,
  effectiveCaps,
  validateCapSetting,
  type CareCapSetting,
  type CareEntry,
} from './caps';
import { allEntries, visitEntries } from './entries';
import type { CareVisit, Distribution, DistributionRecipient } from './records';

const yuan = (y: number) => y * 100;
const setting = (activeId: string, extra: Partial<CareCapSetting> = {}): CareCapSetting => ({
  ...DEFAULT_CAP_SETTING,
  activeId,
  ...extra,
});
const entry = (over: Partial<CareEntry>): CareEntry => ({
  recordId: 'r',
  table: 'careVisits',
  memberId: 'm1',
  date: '2026-06-01',
  kind: 'festival',
  cents: 0,
  stayId: null,
  ...over,
});

describe('the four province presets', () => {
  const cap = (id: string) => effectiveCaps(setting(id));
  it('福建 闽工〔2018〕158号: 1300 a year for festivals, 500 / 1000 with surgery, no marriage item', () => {
    const c = cap('fujian-2018');
    expect(c.festival.cents).toBe(yuan(1300));
    expect(c.birthday.cents).toBe(yuan(300));
    expect(c.marriage.cents).toBeNull();
    expect(c.childbirth.cents).toBe(yuan(500));
    expect(c.hospital.cents).toBe(yuan(500));
    expect(c.hospitalSurgery.cents).toBe(yuan(1000));
    expect(c.deathSelf.cents).toBe(yuan(2000));
    expect(c.deathRelative.cents).toBe(yuan(1000));
    expect(c.retirement.cents).toBe(yuan(500));
    expect(c.festival.source).toBe('闽工〔2018〕158号');
  });
  it('安徽 2018: 1500 / 300 / 600 / 600 / 1000 / 2000 / 1000 / 1000', () => {
    const c = cap('anhui-2018');
    expect(
      [
        'festival',
        'birthday',
        'marriage',
        'childbirth',
        'hospital',
        'deathSelf',
        'deathRelative',
        'retirement',
      ].map((k) => c[k as keyof typeof c].cents),
    ).toEqual([1500, 300, 600, 600, 1000, 2000, 1000, 1000].map(yuan));
  });
  it('安徽 皖工发〔2025〕18号: 2200 festivals, 500 birthday, every other item up to 2000', () => {
    const c = cap('anhui-2025');
    expect(c.festival.cents).toBe(yuan(2200));
    expect(c.birthday.cents).toBe(yuan(500));
    for (const k of [
      'marriage',
      'childbirth',
      'hospital',
      'deathSelf',
      'deathRelative',
      'retirement',
    ] as const)
      expect(c[k].cents).toBe(yuan(2000));
    expect(c.marriage.source).toBe('皖工发〔2025〕18号');
  });
  it('湖北 2018: 1200 festivals (the 1500 variant named in the source), 1000 marriage, 500 childbirth', () => {
    const c = cap('hubei-2018');
    expect(c.festival.cents).toBe(yuan(1200));
    expect(c.festival.source).toContain('1500');
    expect(c.marriage.cents).toBe(yuan(1000));
    expect(c.childbirth.cents).toBe(yuan(500));
    expect(c.deathSelf.cents).toBe(yuan(1000));
  });
  it('every preset rule names its source', () => {
    for (const p of CAP_PRESETS) for (const k of CAP_KINDS) expect(p.caps[k].source).not.toBe('');
  });
});

describe('copying a profile and the unit’s own caps', () => {
  it('a copy is editable and does not change the preset', () => {
    const copy = copyProfile(CAP_PRESETS[0]!, 'mine');
    copy.caps.festival = { cents: yuan(1000), source: '校工会委员会2026年第1次会议' };
    const c = effectiveCaps(setting('mine', { custom: [copy] }));
    expect(c.festival).toMatchObject({ cents: yuan(1000), source: '校工会委员会2026年第1次会议' });
    expect(CAP_PRESETS[0]!.caps.festival.cents).toBe(yuan(1300));
  });
  it('a unit cap applies only when lower than the profile’s', () => {
    const s = setting('fujian-2018', {
      unitCaps: {
        festival: { cents: yuan(1000), source: '本校规定' },
        birthday: { cents: yuan(400), source: '本校规定' },
      },
    });
    const c = effectiveCaps(s);
    expect(c.festival).toMatchObject({ cents: yuan(1000), fromUnit: true, source: '本校规定' });
    expect(c.birthday).toMatchObject({ cents: yuan(300), fromUnit: false });
  });
  it('refuses negative or fractional 分 and an unknown active profile', () => {
    const bad = copyProfile(CAP_PRESETS[0]!, 'x', '');
    bad.caps.birthday = { cents: -1, source: '' };
    expect(validateCapSetting(setting('x', { custom: [bad] }))).toEqual([
      '自定义标准缺少名称',
      expect.stringContaining('生日慰问：金额应为不小于0的数'),
    ]);
    expect(validateCapSetting(setting('nope'))).toContain('请选择一个慰问标准');
    expect(validateCapSetting(DEFAULT_CAP_SETTING)).toEqual([]);
  });
});

describe('running totals against the cap (福建)', () => {
  const caps = effectiveCaps(setting('fujian-2018'));
  it('festival: the year’s total per member; equal to the cap is allowed, one 分 over warns', () => {
    const kept = [
      entry({ recordId: 'a', cents: yuan(500), date: '2026-01-20' }),
      entry({ recordId: 'b', cents: yuan(300), date: '2026-06-10' }),
      entry({ recordId: 'other', memberId: 'm2', cents: yuan(900) }),
      entry({ recordId: 'lastYear', cents: yuan(1300), date: '2025-09-01' }),
    ];
    const equal = checkCap(
      entry({ recordId: 'c', cents: yuan(500), date: '2026-09-20' }),
      kept,
      caps,
    );
    expect(equal).toMatchObject({ beforeCents: yuan(800), totalCents: yuan(1300), over: false });
    const over = checkCap(entry({ recordId: 'c', cents: yuan(500) + 1 }), kept, caps);
    expect(over).toMatchObject({ totalCents: yuan(1300) + 1, over: true, capCents: yuan(1300) });
  });
  it('editing a record does not count it twice', () => {
    const kept = [entry({ recordId: 'a', cents: yuan(1300) })];
    expect(checkCap(entry({ recordId: 'a', cents: yuan(1300) }), kept, caps).over).toBe(false);
  });
  it('per event: two birthdays of 300 are each within the cap; 301 is over', () => {
    const kept = [entry({ recordId: 'a', kind: 'birthday', cents: yuan(300) })];
    expect(
      checkCap(entry({ recordId: 'b', kind: 'birthday', cents: yuan(300) }), kept, caps).over,
    ).toBe(false);
    expect(
      checkCap(entry({ recordId: 'b', kind: 'birthday', cents: yuan(301) }), kept, caps).over,
    ).toBe(true);
  });
  it('hospital: a stay with two visits counts once — 300 + 200 = 500 is allowed, 300 + 201 is over', () => {
    const first = entry({ recordId: 'v1', kind: 'hospital', cents: yuan(300), stayId: 's1' });
    expect(
      checkCap(
        entry({ recordId: 'v2', kind: 'hospital', cents: yuan(200), stayId: 's1' }),
        [first],
        caps,
      ),
    ).toMatchObject({ totalCents: yuan(500), over: false });
    expect(
      checkCap(
        entry({ recordId: 'v2', kind: 'hospital', cents: yuan(201), stayId: 's1' }),
        [first],
        caps,
      ).over,
    ).toBe(true);
    // a second illness is a new stay: its own 500
    expect(
      checkCap(
        entry({ recordId: 'v3', kind: 'hospital', cents: yuan(500), stayId: 's2' }),
        [first],
        caps,
      ).over,
    ).toBe(false);
  });
  it('hospital with surgery: the stay uses the 1000 cap for all its visits', () => {
    const first = entry({
      recordId: 'v1',
      kind: 'hospitalSurgery',
      cents: yuan(600),
      stayId: 's1',
    });
    const c = checkCap(
      entry({ recordId: 'v2', kind: 'hospital', cents: yuan(400), stayId: 's1' }),
      [first],
      caps,
    );
    expect(c).toMatchObject({
      kind: 'hospitalSurgery',
      totalCents: yuan(1000),
      capCents: yuan(1000),
      over: false,
    });
  });
  it('an item the profile lacks (福建 结婚) is flagged, not passed silently', () => {
    expect(checkCap(entry({ kind: 'marriage', cents: yuan(200) }), [], caps)).toMatchObject({
      noRule: true,
      over: false,
    });
  });
  it('checkAll flags the record that crosses the cap and those after it', () => {
    const res = checkAll(
      [
        entry({ recordId: 'c', cents: yuan(601), date: '2026-09-20' }),
        entry({ recordId: 'a', cents: yuan(600), date: '2026-01-20' }),
        entry({ recordId: 'b', cents: yuan(100), date: '2026-06-01' }),
        entry({ recordId: 'd', cents: yuan(10), date: '2026-10-01' }),
      ],
      caps,
    );
    expect(res.filter((r) => r.check.over).map((r) => r.entry.recordId)).toEqual(['c', 'd']);
  });
});

describe('which records count for whom', () => {
  const visit = (over: Partial<CareVisit>): CareVisit => ({
    id: 'v',
    date: '2026-03-01',
    year: 2026,
    reason: '节日',
    festival: '春节',
    surgery: false,
    visitees: [],
    memberIds: [],
    visitors: [],
    fundSource: '工会经费',
    place: '',
    voucherNo: '',
    notes: '',
    stayId: null,
    campaignId: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  });
  it('a family member’s visit counts for the member; two visitees of one member add up', () => {
    const v = visit({
      reason: '直系亲属去世',
      festival: null,
      visitees: [
        {
          memberId: 'm1',
          relation: '父母',
          name: '王父',
          cashCents: yuan(600),
          goods: '',
          goodsCents: 0,
        },
        {
          memberId: 'm1',
          relation: '配偶',
          name: '李某',
          cashCents: yuan(500),
          goods: '',
          goodsCents: 0,
        },
        {
          memberId: 'm2',
          relation: '本人',
          name: '赵某',
          cashCents: yuan(100),
          goods: '',
          goodsCents: 0,
        },
      ],
    });
    const es = visitEntries(v);
    expect(es.map((e) => [e.memberId, e.kind, e.cents])).toEqual([
      ['m1', 'deathRelative', yuan(1100)],
      ['m2', 'deathRelative', yuan(100)],
    ]);
    const caps = effectiveCaps(setting('fujian-2018'));
    expect(checkCap(es[0]!, [], caps).over).toBe(true);
  });
  it('festival distributions join the member’s yearly festival total; other distributions do not', () => {
    const d = (id: string, festival: string | null): Distribution => ({
      id,
      date: '2026-09-20',
      year: 2026,
      occasion: festival ?? '夏送清凉',
      festival,
      item: '月饼',
      quantity: '1盒',
      valueCents: yuan(400),
      fundSource: '工会经费',
      rule: null,
      campaignId: null,
      handler: '',
      notes: '',
      createdAt: '',
      updatedAt: '',
    });
    const r = (distributionId: string): DistributionRecipient => ({
      id: `${distributionId}:m1`,
      distributionId,
      memberId: 'm1',
      name: '王',
      department: '',
      unionGroup: '',
      order: 0,
      receipt: '未签',
      proxyName: null,
      signedOn: null,
    });
    const es = allEntries(
      [
        visit({
          visitees: [
            {
              memberId: 'm1',
              relation: '本人',
              name: '王',
              cashCents: 0,
              goods: '大米',
              goodsCents: yuan(1000),
            },
          ],
        }),
      ],
      [d('d1', '中秋'), d('d2', null)],
      [r('d1'), r('d2')],
    );
    expect(es.map((e) => [e.table, e.kind, e.cents])).toEqual([
      ['careVisits', 'festival', yuan(1000)],
      ['distributionRecipients', 'festival', yuan(400)],
    ]);
    const caps = effectiveCaps(setting('fujian-2018'));
    expect(checkAll(es, caps).map((c) => c.check.over)).toEqual([false, true]);
  });
  it('maps reasons to caps: no cap for 困难, 金秋助学, 送清凉, 其他', () => {
    expect(capKindOf('生病住院', true)).toBe('hospitalSurgery');
    expect(capKindOf('生病住院', false)).toBe('hospital');
    expect(capKindOf('本人去世', false)).toBe('deathSelf');
    for (const r of ['困难', '金秋助学', '送清凉', '其他'] as const)
      expect(capKindOf(r, false)).toBeNull();
  });
});
