import { Alert, Mark, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FilledSection } from '../../shared/ledgers/yearEnd';

const braces = (fields: readonly string[]) => fields.map((f) => `{${f}}`).join('、');

/** The fields of a summary template that no figure fills, in the notice editor's words. */
export function UnknownFields({ unknown }: { unknown: readonly string[] }) {
  if (unknown.length === 0) return null;
  return (
    <Alert
      color="red"
      p="xs"
      mt={4}
      icon={<IconAlertTriangle size={18} />}
      data-testid="summary-unknown-fields"
    >
      无法识别的字段：{braces(unknown)}。请检查拼写，或从“插入字段”中选择；打印时会原样保留花括号。
    </Alert>
  );
}

/** A filled template's text with its fields marked: filled ones light, unknown ones red. */
export function FieldHighlight({ parts }: { parts: FilledSection['parts'] }) {
  return (
    <Text size="sm" mt={4} data-testid="summary-field-highlight">
      {parts.map((p, i) =>
        p.kind === 'text' ? (
          <span key={i}>{p.text}</span>
        ) : (
          <Mark
            key={i}
            color={p.status === 'filled' ? 'blue' : 'red'}
            data-status={p.status === 'filled' ? 'filled' : 'unknown'}
          >
            {p.text}
          </Mark>
        ),
      )}
    </Text>
  );
}
