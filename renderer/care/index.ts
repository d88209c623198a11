import './registerMemberSection';

export { CarePage } from './CarePage';
