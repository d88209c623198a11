import { Route } from 'react-router';

/** Routes that are not sidebar entries (detail pages, print previews), added by features. */
export function ExtraRoutes() {
  return [<Route key="none" path="/__none" element={null} />];
}
