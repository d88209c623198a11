import { Stack, Textarea, TextInput } from '@mantine/core';
import { useRef } from 'react';
import type { NoticeSource } from '../../shared/ledgers/notices';
import { MergeFieldPicker } from './MergeFieldPicker';
import { insertAt } from './noticeEditorState';

type TextPart = 'title' | 'addressee' | 'body' | 'signature';

export interface SourceFieldsProps {
  source: NoticeSource;
  onChange: (next: NoticeSource) => void;
  /** Per-part error messages. Default none. */
  errors?: Partial<Record<TextPart, string>>;
}

/**
 * The text of a notice or template with its merge fields: title, 主送, body (one paragraph
 * a line) and signature, and the field chips that insert into whichever box was last used.
 */
export function SourceFields({ source, onChange, errors = {} }: SourceFieldsProps) {
  const boxes = useRef<Partial<Record<TextPart, HTMLInputElement | HTMLTextAreaElement | null>>>(
    {},
  );
  const last = useRef<TextPart>('body');

  const insert = (field: string) => {
    const part = last.current;
    const el = boxes.current[part];
    const text = source[part];
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const next = insertAt(text, start, end, `{${field}}`);
    onChange({ ...source, [part]: next.text });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  const bind = (part: TextPart) => ({
    ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
      boxes.current[part] = el;
    },
    value: source[part],
    error: errors[part],
    onFocus: () => {
      last.current = part;
    },
    onChange: (e: { currentTarget: { value: string } }) =>
      onChange({ ...source, [part]: e.currentTarget.value }),
  });

  return (
    <Stack gap="sm">
      <TextInput label="标题" {...bind('title')} data-testid="notice-title" />
      <TextInput
        label="主送"
        description="如“各部门、各工会小组：”；公示可不填"
        {...bind('addressee')}
        data-testid="notice-addressee"
      />
      <Textarea
        label="正文"
        description="一行一段；花括号中的字段打印时换成实际内容"
        autosize
        minRows={8}
        maxRows={24}
        {...bind('body')}
        data-testid="notice-body"
      />
      <TextInput label="署名" {...bind('signature')} data-testid="notice-signature" />
      <MergeFieldPicker onPick={insert} />
    </Stack>
  );
}
