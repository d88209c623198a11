import { useRef } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDateText } from '../../shared/core/text';

/**
 * What a chair types — 2023-9-1, 2023/09/01, 2023.9.1, 2023年9月1日, 20230901 … — read as the
 * roster importer reads it. Only a whole date is a date here: 「2026.11」 typed halfway is
 * not yet the 1st of November.
 */
export function parseTypedDate(text: string): string | null {
  const read = parseDateText(text);
  return read?.precision === 'day' ? read.date : null;
}

/**
 * A DateInput showing 2026-11-21 and accepting typed dates in the usual Chinese forms.
 * Focusing it selects the date shown, so typing replaces it instead of appending to it
 * (which made an unreadable text, and the old date was saved).
 */
export function ChineseDateInput(props: DateInputProps) {
  const { onFocus, onMouseUp } = props;
  // A click focuses on mousedown; its mouseup would then put the caret where it landed and
  // undo the selection — so the mouseup right after focusing keeps it.
  const justFocused = useRef(false);
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      placeholder="例如 2026-11-21"
      dateParser={parseTypedDate}
      clearable
      // 「2026年12月」, not dayjs zh-cn's 「十二月 2026」.
      monthLabelFormat="YYYY年M月"
      yearLabelFormat="YYYY年"
      monthsListFormat="M月"
      decadeLabelFormat="YYYY年"
      {...props}
      onFocus={(e) => {
        e.currentTarget.select();
        justFocused.current = true;
        onFocus?.(e);
      }}
      onMouseUp={(e) => {
        if (justFocused.current) e.preventDefault();
        justFocused.current = false;
        onMouseUp?.(e);
      }}
    />
  );
}
