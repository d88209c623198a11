import { useEffect } from 'react';
import { useHotkeys } from '@mantine/hooks';

/** The event Ctrl+S sends when the focus is not inside a form: a screen that saves listens. */
const SAVE_EVENT = 'uniondesk:save';

/**
 * Ctrl+S (⌘S) everywhere: submits the form the focus is in — the same as clicking its
 * 保存 (validation included) — or else asks the open screen to save (the attendance screen
 * listens with useSaveShortcut). Never the browser's 「save page」 dialog.
 */
export function useGlobalSaveShortcut(): void {
  useHotkeys(
    [
      [
        'mod+S',
        () => {
          const active = document.activeElement as HTMLElement | null;
          const form =
            active?.closest('form') ??
            // A dialog's form when the focus sits on the dialog itself.
            document.querySelector<HTMLFormElement>('[role="dialog"] form');
          if (form) form.requestSubmit();
          else window.dispatchEvent(new Event(SAVE_EVENT));
        },
      ],
    ],
    [],
  );
}

/** Runs `save` when the chair presses Ctrl+S on this screen (outside any form). */
export function useSaveShortcut(save: () => void): void {
  useEffect(() => {
    window.addEventListener(SAVE_EVENT, save);
    return () => window.removeEventListener(SAVE_EVENT, save);
  }, [save]);
}
