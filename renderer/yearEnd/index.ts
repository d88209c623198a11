export { YearEndPage } from './YearEndPage';
