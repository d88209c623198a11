import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDateText } from '../../shared/core/text';

/** What a chair types — 2023-9-1, 2023/09/01, 2023年9月1日, 20230901 … — read as the roster importer reads it. */
export function parseTypedDate(text: string): string | null {
  return parseDateText(text)?.date ?? null;
}

/** A DateInput showing 2026-11-21 and accepting typed dates in the usual Chinese forms. */
export function ChineseDateInput(props: DateInputProps) {
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      placeholder="例如 2026-11-21"
      dateParser={parseTypedDate}
      clearable
      {...props}
    />
  );
}
