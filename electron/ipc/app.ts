import type { Handlers } from './handle';

export const APP_NAME = '工会台账';

export function appHandlers(deps: {
  version: string;
  backupDir: string;
}): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => ({
      name: APP_NAME,
      version: deps.version,
      kind: 'electron',
      backupFolder: deps.backupDir,
    }),
  };
}
