/** 通知模板 as stored. The print engine owns the full shape; only the indexed fields are fixed here. */
export interface NoticeTemplateRow {
  id: string;
  kind: string;
  [field: string]: unknown;
}

/** 发文登记 (文号 「X工〔2026〕3号」 = year + seq). The print engine owns the full shape. */
export interface DocumentRow {
  id: string;
  year: number;
  seq: number;
  activityId?: string | null;
  [field: string]: unknown;
}
