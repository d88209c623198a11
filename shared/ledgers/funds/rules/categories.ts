import type { FundDirection } from './rows';

/*
 * The 2-level category tree of the fund account (工会会计制度，财会〔2021〕7号; LEDGERS.md
 * §5). Editable: the union's own tree is a setting; this is the default. Names of the 2009
 * system (and a few the chairs' own sheets use) map into it on import.
 */

export interface CategoryNode {
  name: string;
  subs: string[];
}

export type CategoryTree = Record<FundDirection, CategoryNode[]>;

export const FUND_CATEGORIES_KEY = 'funds.categories';

export const DEFAULT_CATEGORY_TREE: CategoryTree = {
  收入: [
    { name: '会费收入', subs: [] },
    { name: '拨缴经费收入', subs: [] },
    { name: '上级补助收入', subs: [] },
    { name: '行政补助收入', subs: [] },
    { name: '政府补助收入', subs: [] },
    { name: '附属单位上缴收入', subs: [] },
    { name: '投资收益', subs: [] },
    { name: '其他收入', subs: [] },
  ],
  支出: [
    {
      name: '职工活动支出',
      subs: [
        '职工教育支出',
        '文体活动支出',
        '宣传活动支出',
        '劳模职工疗休养支出',
        '会员活动支出',
        '其他活动支出',
      ],
    },
    { name: '职工服务支出', subs: [] },
    {
      name: '维权支出',
      subs: [
        '劳动关系协调费',
        '劳动保护费',
        '法律援助费',
        '困难职工帮扶费',
        '送温暖费',
        '其他维权支出',
      ],
    },
    { name: '业务支出', subs: ['培训费', '会议费', '外事费', '专项业务费', '其他业务支出'] },
    { name: '资本性支出', subs: [] },
    { name: '对附属单位的支出', subs: [] },
    { name: '其他支出', subs: [] },
  ],
};

/** Old names (2009 工会会计制度 and common hand-kept sheets) → the current category [U]. */
export const OLD_CATEGORY_NAMES: Record<string, { category: string; subCategory: string }> = {
  事业收入: { category: '其他收入', subCategory: '' },
  行政支出: { category: '业务支出', subCategory: '' },
  事业支出: { category: '其他支出', subCategory: '' },
  补助下级支出: { category: '对附属单位的支出', subCategory: '' },
  教育支出: { category: '职工活动支出', subCategory: '职工教育支出' },
  文体活动费: { category: '职工活动支出', subCategory: '文体活动支出' },
  文体活动支出: { category: '职工活动支出', subCategory: '文体活动支出' },
  宣传活动费: { category: '职工活动支出', subCategory: '宣传活动支出' },
  慰问支出: { category: '职工活动支出', subCategory: '会员活动支出' },
  慰问费: { category: '职工活动支出', subCategory: '会员活动支出' },
  送温暖支出: { category: '维权支出', subCategory: '送温暖费' },
  困难补助: { category: '维权支出', subCategory: '困难职工帮扶费' },
  培训支出: { category: '业务支出', subCategory: '培训费' },
  会议支出: { category: '业务支出', subCategory: '会议费' },
};

export type CategoryParse =
  | { ok: true; category: string; subCategory: string; mapped: boolean }
  | { ok: false; message: string };

/** Reads 「top/sub」, a top level alone, or an old name, against the tree. */
export function parseCategory(
  text: string,
  direction: FundDirection,
  tree: CategoryTree = DEFAULT_CATEGORY_TREE,
): CategoryParse {
  const t = text.trim().replace(/[／\\]/g, '/');
  const [topRaw, subRaw = ''] = t.split('/').map((s) => s.trim());
  const top = topRaw ?? '';
  const nodes = tree[direction];
  const node = nodes.find((n) => n.name === top);
  if (node) {
    if (!subRaw) return { ok: true, category: top, subCategory: '', mapped: false };
    if (node.subs.includes(subRaw))
      return { ok: true, category: top, subCategory: subRaw, mapped: false };
    return {
      ok: false,
      message: `“${top}”下没有明细科目“${subRaw}”，可填写${node.subs.join('、') || '（无明细）'}`,
    };
  }
  const old = OLD_CATEGORY_NAMES[subRaw || top] ?? OLD_CATEGORY_NAMES[top];
  if (old && nodes.some((n) => n.name === old.category))
    return { ok: true, category: old.category, subCategory: old.subCategory, mapped: true };
  // A sub-category named alone: find its parent.
  const parent = nodes.find((n) => n.subs.includes(top));
  if (parent && !subRaw) return { ok: true, category: parent.name, subCategory: top, mapped: true };
  return {
    ok: false,
    message: `不认识的${direction}科目“${text}”，可填写${nodes.map((n) => n.name).join('、')}`,
  };
}

/** 「职工活动支出/会员活动支出」, or the top level alone. */
export function categoryText(e: { category: string; subCategory: string }): string {
  return e.subCategory ? `${e.category}/${e.subCategory}` : e.category;
}

/**
 * Chinese messages for an edited tree; empty when it can be saved. A category the account
 * still uses (`used`: 「top」 and 「top/sub」 of kept entries and budget lines) cannot go.
 */
export function validateCategoryTree(tree: CategoryTree, used: readonly string[] = []): string[] {
  const errors: string[] = [];
  for (const direction of ['收入', '支出'] as const) {
    const names = new Set<string>();
    for (const n of tree[direction]) {
      if (!n.name.trim()) errors.push(`${direction}科目有一项没有名称`);
      else if (names.has(n.name)) errors.push(`${direction}科目“${n.name}”重复`);
      names.add(n.name);
      const subs = new Set<string>();
      for (const s of n.subs) {
        if (!s.trim()) errors.push(`“${n.name}”下有一项明细科目没有名称`);
        else if (subs.has(s)) errors.push(`“${n.name}”下的明细科目“${s}”重复`);
        subs.add(s);
      }
    }
  }
  const all = new Set<string>();
  for (const direction of ['收入', '支出'] as const)
    for (const n of tree[direction]) {
      all.add(n.name);
      for (const s of n.subs) all.add(`${n.name}/${s}`);
    }
  for (const u of new Set(used))
    if (!all.has(u)) errors.push(`“${u}”已有经费记录或预算在用，不能删除或改名`);
  return errors;
}
