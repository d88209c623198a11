// renderer/rollup: 台账汇总 (issue 15), the township federation's collection and roll-up.
export { RollupPage } from './RollupPage';
