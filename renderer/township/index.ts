export { TownshipPage } from './TownshipPage';
export { FederationCard } from './FederationCard';
