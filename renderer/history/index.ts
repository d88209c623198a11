export { OperationHistory, type OperationHistoryProps } from './OperationHistory';
export { HistoryPage } from './HistoryPage';
export { useUndoBatch } from './useUndoBatch';
