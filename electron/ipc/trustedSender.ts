import type { IpcMainInvokeEvent, WebContents } from 'electron';

/**
 * An IPC call is trusted only when it comes from our main window's webContents and the
 * frame that sent it shows our app (not a page it was tricked into loading).
 */
export function createTrustedSenderCheck(
  getMainWebContents: () => WebContents | null | undefined,
  isAppUrl: (url: string) => boolean,
) {
  return (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): boolean => {
    const main = getMainWebContents();
    if (!main || event.sender !== main) return false;
    const frame = event.senderFrame;
    if (!frame) return false;
    return isAppUrl(frame.url);
  };
}
