import { ID_TYPES, POST_CATEGORIES } from '../rules/member';
/*
 * What the reader and the preview fix say about a cell they cannot read, so a value typed
 * into the file and the same value typed into the preview get the same message.
 */

export function dateUnparsedMessage(text: string): string {
  return `无法识别日期“${text}”，可写成1985-03-01、1985/3/1、1985.03、1985年3月或19850301`;
}

export function genderUnparsedMessage(text: string): string {
  return `无法识别性别“${text}”，请填写“男”或“女”`;
}

export const MISSING_NAME_MESSAGE = '缺少姓名：这一行填有其他内容，但姓名为空';

export function idTypeUnparsedMessage(text: string): string {
  return `无法识别证件类型“${text}”，可填写${ID_TYPES.join('、')}；已按证件号码的样子判断`;
}

export function membershipUnparsedMessage(text: string): string {
  return `无法识别是否会员“${text}”，请填写“是”或“否”（或“会员”“非会员”）`;
}

export function postCategoryUnknownMessage(text: string): string {
  return `岗位类别“${text}”不在列表中（${POST_CATEGORIES.join('、')}），已原样记录`;
}

/** The chair emptied an ID that could not be used: the person is imported without one. */
export const ID_CLEARED_MESSAGE =
  '身份证号已清空：这个人将不带身份证号导入，备注里会记下原因，以后可在会员页补填。';

/** What the new member's 备注 says about an ID left out on import (never the number itself). */
export function idClearedNote(original: string): string {
  return original.startsWith('#')
    ? `导入时身份证号单元格为 ${original}（Excel 无法计算的值），已留空，请补填。`
    : '导入时身份证号有误，已留空，请补填。';
}

export const INVISIBLE_CHARS_MESSAGE =
  '含有看不见的控制字符（零宽字符或文字方向控制符，常见于从网页或聊天软件复制的内容），已删除';

export function cellTooLongMessage(length: number, max: number): string {
  return `单元格有 ${length.toLocaleString('en-US')} 个字符，超过 ${max.toLocaleString('en-US')} 个字符的上限，不像这一列的内容，已按空白处理`;
}

export const ODD_ENCODING_MESSAGE =
  '这一行的文字编码与文件其他行不同（可能是从别处粘贴的），已尽量识别，请核对姓名等文字是否正确';
