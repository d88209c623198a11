export { LEDGERS } from './registry';
export type * from './types';
export { loadDemoData, removeDemoData } from './demo';
