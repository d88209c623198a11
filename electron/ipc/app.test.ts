import { describe, expect, it } from 'vitest';
import { appHandlers } from './app';

describe('app:info', () => {
  it('tells the app name, version, kind and where backups are kept', async () => {
    const info = await appHandlers({ version: '0.1.0', backupDir: '/data/backups' })['app:info'](
      undefined,
      { sender: {} as never },
    );
    expect(info).toEqual({
      name: '工会台账',
      version: '0.1.0',
      kind: 'electron',
      backupFolder: '/data/backups',
    });
  });
});
