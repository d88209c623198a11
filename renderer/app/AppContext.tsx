import { createContext, useContext, type ReactNode } from 'react';
import type { Platform } from '../../shared/platform';
import type { UnionDeskDb } from '../../shared/db';

interface AppServices {
  platform: Platform;
  db: UnionDeskDb;
}

const AppContext = createContext<AppServices | null>(null);

export function AppServicesProvider({
  value,
  children,
}: {
  value: AppServices;
  children: ReactNode;
}) {
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

function useServices(): AppServices {
  const s = useContext(AppContext);
  if (!s) throw new Error('AppServicesProvider is missing');
  return s;
}

/** Files, printing and backups, wherever the app runs. */
export function usePlatform(): Platform {
  return useServices().platform;
}

/** The database, for hooks that wrap repositories. Components call those hooks instead. */
export function useDb(): UnionDeskDb {
  return useServices().db;
}
