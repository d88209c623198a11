// shared/ledgers/care/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export {
  activeProfile,
  allProfiles,
  CAP_KINDS,
  CAP_LABELS,
  CAP_PRESETS,
  capKindOf,
  copyProfile,
  DEFAULT_CAP_SETTING,
  effectiveCaps,
  validateCapSetting,
  type CapCheck,
  type CapKind,
  type CapProfile,
  type CapRule,
  type CareCapSetting,
  type EffectiveCap,
} from './rules/caps';
export { capSettingOf } from './rules/capSetting';
export {
  cardWordIn,
  festivalFlag,
  festivalRefusal,
  isStatutoryFestival,
  STATUTORY_FESTIVALS,
} from './rules/festival';
export {
  CAMPAIGN_KINDS,
  CARE_REASON_LABELS,
  CARE_REASONS,
  FUND_SOURCES,
  RECEIPT_STATES,
  reasonText,
  VISITEE_RELATIONS,
  visitCents,
  visiteeCents,
  type Campaign,
  type CampaignKind,
  type CareReason,
  type CareStay,
  type CareVisit,
  type Distribution,
  type DistributionRecipient,
  type FundSource,
  type ReceiptState,
  type RecipientRule,
  type Visitee,
  type VisiteeRelation,
  type Visitor,
} from './rules/records';
export {
  draftOfVisit,
  emptyVisitDraft,
  validateVisit,
  type VisitDraft,
  type VisitProblems,
} from './rules/visit';
export {
  countReceipts,
  DEFAULT_RECIPIENT_RULE,
  describeRecipientRule,
  emptyDistributionDraft,
  draftOfDistribution,
  festivalOfDraft,
  RECEIPT_KEYS,
  receiptChange,
  validateDistribution,
  type DistributionDraft,
  type ReceiptCounts,
} from './rules/distribution';
export { careReminders, type CareReminders } from './rules/reminders';
export { allEntries } from './rules/entries';
export {
  CareInputError,
  deleteCampaign,
  deleteVisit,
  dischargeStay,
  getCapSetting,
  getVisit,
  listCampaigns,
  listCareYears,
  listStays,
  listVisits,
  loadCareReminders,
  previewVisitCaps,
  recordStay,
  saveCampaign,
  saveCapSetting,
  saveVisit,
  visitsOfMember,
  type CapPreview,
  type VisitFilter,
} from './store/care';
export {
  changeRecipients,
  createDistribution,
  deleteDistribution,
  distributionsOfMember,
  getDistribution,
  listDistributions,
  listAllRecipients,
  listRecipients,
  previewDistributionCaps,
  previewRecipients,
  recordReceipts,
  updateDistribution,
  type ReceiptInput,
} from './store/distributions';
export {
  buildCareSheet,
  type CareSheetColumn,
  type CareSheetModel,
  type CareSheetRow,
} from './print/careSheet';
export {
  buildCampaignSheet,
  type CampaignAidLine,
  buildReceiptSheet,
  DEFAULT_RECEIPT_OPTIONS,
  RECEIPT_SIGNATURE,
  recipientsInSheetOrder,
  type ReceiptGroupBy,
  type ReceiptSheetOptions,
} from './print/receiptSheet';
export { buildVisitRegister } from './print/visitRegister';
export { formatCents, formatCentsAmount, yuanToCents } from '../../core/money/money';
export { careFigures } from './rules/figures';
