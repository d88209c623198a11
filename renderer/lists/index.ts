export { ListsPage } from './ListsPage';
