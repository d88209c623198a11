/**
 * Notice templates (通知 / 公示 / 慰问信) the chair starts from, edits and saves. Text holds
 * merge fields in braces, 「{活动名称}」; see noticeMerge.ts. Storing edited templates is
 * the activities feature's job; this file only defines their shape and the defaults.
 */

export const NOTICE_KINDS = ['会议通知', '活动通知', '公示', '慰问信'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Fields a template may use, with what each one means for the chair. */
export const MERGE_FIELDS = {
  工会名称: '工会的全称，如“第一中学工会委员会”',
  单位名称: '学校或单位名称',
  工会主席: '工会主席姓名',
  文号: '发文字号，如“一中工〔2026〕3号”',
  日期: '成文日期，如“2026年11月21日”',
  活动名称: '会议或活动的名称',
  时间: '会议或活动的时间',
  地点: '会议或活动的地点',
  参加人员: '参加范围或人员',
  内容: '会议议程或活动内容',
  要求: '有关要求',
  联系人: '联系人姓名',
  联系电话: '联系电话',
  公示事项: '公示的事项',
  公示期限: '公示期，如“2026年11月21日至11月27日”',
  慰问对象: '慰问对象的称呼，如“全体退休教职工”',
  节日: '节日名称，如“春节”',
} as const;
export type MergeField = keyof typeof MERGE_FIELDS;
export type MergeValues = Partial<Record<MergeField, string>> & Record<string, string | undefined>;

export interface NoticeTemplate {
  id: string;
  kind: NoticeKind;
  /** Name in the template list, e.g. 「会议通知（通用）」 */
  name: string;
  /** Title with merge fields, e.g. 「关于召开{活动名称}的通知」 */
  title: string;
  /** 主送, e.g. 「各部门、各工会小组：」; empty for none. */
  addressee: string;
  /** Body paragraphs, one per line. */
  body: string;
  /** 署名, usually 「{工会名称}」 */
  signature: string;
  /** 成文日期, usually 「{日期}」 */
  date: string;
  /** Print a 文号 line. */
  withDocumentNumber: boolean;
  /** Leave room for the seal (three blank lines above the signature). */
  sealSpace: boolean;
  /** Shipped with the app (the chair edits a copy). */
  builtIn?: boolean;
  updatedAt?: string;
}

export const DEFAULT_NOTICE_TEMPLATES: readonly NoticeTemplate[] = [
  {
    id: 'builtin-meeting',
    kind: '会议通知',
    name: '会议通知（通用）',
    title: '关于召开{活动名称}的通知',
    addressee: '各部门、各工会小组：',
    body: [
      '经{工会名称}研究，决定召开{活动名称}。现将有关事项通知如下：',
      '一、会议时间',
      '{时间}。',
      '二、会议地点',
      '{地点}。',
      '三、参加人员',
      '{参加人员}。',
      '四、会议内容',
      '{内容}',
      '五、有关要求',
      '请参会人员提前10分钟到场签到，不得无故缺席；确因特殊情况不能参加的，请提前向工会请假。',
      '联系人：{联系人}，联系电话：{联系电话}。',
    ].join('\n'),
    signature: '{工会名称}',
    date: '{日期}',
    withDocumentNumber: true,
    sealSpace: true,
    builtIn: true,
  },
  {
    id: 'builtin-activity',
    kind: '活动通知',
    name: '活动通知（通用）',
    title: '关于举办{活动名称}的通知',
    addressee: '全体教职工：',
    body: [
      '为丰富教职工业余文化生活，增强集体凝聚力，经{工会名称}研究，决定举办{活动名称}。现将有关事项通知如下：',
      '一、活动时间：{时间}。',
      '二、活动地点：{地点}。',
      '三、参加对象：{参加人员}。',
      '四、活动内容：{内容}',
      '五、其他事项：{要求}',
      '请各工会小组做好组织发动工作，按时报名参加。联系人：{联系人}，联系电话：{联系电话}。',
    ].join('\n'),
    signature: '{工会名称}',
    date: '{日期}',
    withDocumentNumber: false,
    sealSpace: true,
    builtIn: true,
  },
  {
    id: 'builtin-publicity',
    kind: '公示',
    name: '公示（通用）',
    title: '关于{公示事项}的公示',
    addressee: '',
    body: [
      '根据有关规定，经{工会名称}研究，现将{公示事项}予以公示。',
      '{内容}',
      '公示期限：{公示期限}。公示期间，如有异议，请以书面或当面方式向工会反映。',
      '联系人：{联系人}，联系电话：{联系电话}。',
    ].join('\n'),
    signature: '{工会名称}',
    date: '{日期}',
    withDocumentNumber: false,
    sealSpace: true,
    builtIn: true,
  },
  {
    id: 'builtin-condolence',
    kind: '慰问信',
    name: '节日慰问信',
    title: '致{慰问对象}的{节日}慰问信',
    addressee: '{慰问对象}：',
    body: [
      '值此{节日}来临之际，{工会名称}向您致以节日的问候和美好的祝福！',
      '过去的一年里，大家爱岗敬业、无私奉献，为{单位名称}的发展付出了辛勤的汗水。在此，谨向您表示衷心的感谢！',
      '新的一年，工会将继续竭诚为大家服务，努力当好“职工之家”的“娘家人”。衷心祝愿您身体健康、工作顺利、阖家幸福！',
    ].join('\n'),
    signature: '{工会名称}',
    date: '{日期}',
    withDocumentNumber: false,
    sealSpace: false,
    builtIn: true,
  },
];
