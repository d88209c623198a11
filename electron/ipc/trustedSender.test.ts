import { describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { createTrustedSenderCheck } from './trustedSender';
import { isAppUrl, rendererSource } from '../appUrl';

const source = rendererSource(undefined, true, '/opt/工会台账/resources/app.asar/out/renderer');
const ourPage = 'app://uniondesk/index.html#/members';

describe('createTrustedSenderCheck', () => {
  const mainContents = { id: 1 } as unknown as WebContents;
  const check = createTrustedSenderCheck(
    () => mainContents,
    (url) => isAppUrl(url, source),
  );

  it('trusts our window showing our page', () => {
    expect(check({ sender: mainContents, senderFrame: { url: ourPage } as never })).toBe(true);
  });

  it('refuses another webContents, even showing our page', () => {
    expect(
      check({
        sender: { id: 2 } as unknown as WebContents,
        senderFrame: { url: ourPage } as never,
      }),
    ).toBe(false);
  });

  it('refuses our window when its frame shows a foreign page', () => {
    expect(
      check({ sender: mainContents, senderFrame: { url: 'https://example.com/' } as never }),
    ).toBe(false);
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/工会台账/resources/app.asar/out/renderer/index.html',
      'app://evil/index.html',
      'app://uniondesk/other.html',
    ])
      expect(check({ sender: mainContents, senderFrame: { url } as never }), url).toBe(false);
  });

  it('refuses a call whose frame is gone', () => {
    expect(check({ sender: mainContents, senderFrame: null })).toBe(false);
  });

  it('refuses everything before the window exists', () => {
    const early = createTrustedSenderCheck(
      () => null,
      () => true,
    );
    expect(early({ sender: mainContents, senderFrame: { url: ourPage } as never })).toBe(false);
  });
});
