export { OperationHistory, type OperationHistoryProps } from './OperationHistory';
export { useUndoBatch } from './useUndoBatch';
