export { TownshipPage } from './TownshipPage';
export { FederationCard } from './FederationCard';
export { townshipRecordTable } from './townshipRecords';
