import { useState } from 'react';
import { Alert, Button, Checkbox, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/backup';

/**
 * The two passphrase dialogs of 备份与恢复: choosing one for a manual backup, and typing
 * one to open a locked backup. Both resolve to the text (or null when cancelled).
 */

function NewPassphrase({ onDone }: { onDone: (passphrase: string | null | undefined) => void }) {
  const [encrypt, setEncrypt] = useState(true);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [tried, setTried] = useState(false);
  const short = first.length < MIN_PASSPHRASE_LENGTH;
  const differ = first !== second;
  const submit = () => {
    setTried(true);
    if (!encrypt) onDone(undefined);
    else if (!short && !differ) onDone(first);
  };
  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Checkbox
        label="加密这个备份（推荐：备份里有全部会员的身份证号和电话）"
        checked={encrypt}
        onChange={(e) => setEncrypt(e.currentTarget.checked)}
        data-testid="backup-encrypt"
      />
      {encrypt && (
        <>
          <PasswordInput
            label="备份密码"
            description={`至少 ${MIN_PASSPHRASE_LENGTH} 个字符。恢复时要输入它；忘记密码，这个备份就无法打开。`}
            value={first}
            onChange={(e) => setFirst(e.currentTarget.value)}
            error={tried && short ? `密码至少 ${MIN_PASSPHRASE_LENGTH} 个字符` : undefined}
            data-autofocus
          />
          <PasswordInput
            label="再输入一次"
            value={second}
            onChange={(e) => setSecond(e.currentTarget.value)}
            error={tried && !short && differ ? '两次输入的密码不一样' : undefined}
          />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(null)}>
          取消
        </Button>
        <Button type="submit" data-testid="backup-confirm">
          {encrypt ? '加密备份' : '不加密备份'}
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks how to lock a manual backup: a passphrase, undefined for none, null when cancelled. */
export function askNewPassphrase(): Promise<string | null | undefined> {
  return new Promise((resolve) => {
    const id = modals.open({
      title: '备份全部数据',
      onClose: () => resolve(null),
      children: (
        <NewPassphrase
          onDone={(p) => {
            resolve(p);
            modals.close(id);
          }}
        />
      ),
    });
  });
}

function TypePassphrase({
  message,
  tryIt,
  onDone,
}: {
  message: string;
  /** Resolves to null when the passphrase opens the backup, else the message saying why not. */
  tryIt: (passphrase: string) => Promise<string | null>;
  onDone: (passphrase: string | null) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Stack
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void tryIt(text).then((why) => {
          setBusy(false);
          if (why === null) onDone(text);
          else setError(why);
        });
      }}
    >
      <Text size="sm">{message}</Text>
      <PasswordInput
        label="密码或备份恢复码"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-autofocus
        data-testid="restore-passphrase"
      />
      {error && (
        <Alert color="red" p="xs" data-testid="restore-passphrase-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => onDone(null)}>
          取消
        </Button>
        <Button type="submit" loading={busy} data-testid="restore-passphrase-ok">
          打开备份
        </Button>
      </Group>
    </Stack>
  );
}

/** Asks for the passphrase of a locked backup until one opens it; null when cancelled. */
export function askPassphrase(
  message: string,
  tryIt: (passphrase: string) => Promise<string | null>,
): Promise<string | null> {
  return new Promise((resolve) => {
    const id = modals.open({
      title: '这个备份已加密',
      onClose: () => resolve(null),
      children: (
        <TypePassphrase
          message={message}
          tryIt={tryIt}
          onDone={(p) => {
            resolve(p);
            modals.close(id);
          }}
        />
      ),
    });
  });
}
