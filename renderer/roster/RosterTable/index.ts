export { RosterTable, ROW_HEIGHT } from './RosterTable';
export type { RosterTableProps } from './RosterTable';
