import { DateInput, type DateInputProps } from '@mantine/dates';

/** Accepts what a chair types: 2023-9-1, 2023/09/01, 2023.9.1, 2023年9月1日, 20230901. */
export function parseTypedDate(text: string): string | null {
  const t = text.trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
