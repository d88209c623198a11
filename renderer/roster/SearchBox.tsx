import { forwardRef, startTransition, useState, type KeyboardEvent } from 'react';
import { Kbd, Loader, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export interface SearchBoxProps {
  /** Called as the user types, inside a transition so typing never waits for the list. */
  onQuery(q: string): void;
  ready: boolean;
  onKeyDown?(e: KeyboardEvent<HTMLInputElement>): void;
}

/** The roster's search box. It keeps its own text so a keystroke re-renders only itself. */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { onQuery, ready, onKeyDown },
  ref,
) {
  const [text, setText] = useState('');
  const set = (q: string) => {
    setText(q);
    startTransition(() => onQuery(q));
  };
  return (
    <TextInput
      ref={ref}
      aria-label="搜索会员"
      placeholder="姓名、拼音或首字母、证件号或电话后4位"
      leftSection={<IconSearch size={16} />}
      rightSection={ready ? <Kbd size="xs">/</Kbd> : <Loader size={14} aria-label="正在准备搜索" />}
      size="xs"
      w={320}
      value={text}
      onChange={(e) => set(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') set('');
        onKeyDown?.(e);
      }}
      data-testid="roster-search"
      data-search-ready={ready}
    />
  );
});
