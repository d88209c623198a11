import type { Handlers } from './handle';
import { fileHandlers, type FileDeps } from './files';
import { printHandlers } from './print';
import { backupHandlers } from './backups';
import { appHandlers } from './app';

export interface HandlerDeps extends FileDeps {
  backupDir: string;
  version: string;
}

/** Every channel's handler; the `Handlers` type fails the build when one is missing. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...fileHandlers(deps),
    ...printHandlers({ ...deps, pageOf: (sender) => sender }),
    ...backupHandlers(deps.backupDir),
    ...appHandlers(deps),
  };
}
