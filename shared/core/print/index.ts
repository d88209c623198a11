// shared/core/print/: the public entry the renderer imports (eslint/layering.js lets renderer/ reach
// shared/ only through index files). Add here what a screen needs; never a deep import.
export { CSS_FONTS, FANGSONG_FONTS, XIAOBIAOSONG_FONTS } from './fonts';
export {
  type BlockEntry,
  type ListBlock,
  type Orientation,
  type PageGeometry,
  rowsInOrder,
} from './paginate';
export type { RuledTable, RuledTableColumn, RuledTableRow } from './ruledTable';
