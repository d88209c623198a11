import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { Box, Button, Group, ScrollArea, SegmentedControl, Text } from '@mantine/core';
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { usePlatform } from '../app/AppContext';
import { markPrintPath } from './printPath';
import { errorDetail } from '../app/errorText';

export interface PrintPreviewProps {
  /** Print job name and the suggested PDF file name, e.g. 「教职工大会签到表」. */
  title: string;
  /** Landscape paper. Default false. */
  landscape?: boolean;
  /** The pages to print: a <SignInSheetView>, <NoticeView> or any view of `.ud-page` boxes. */
  document: ReactNode;
  /** The options panel on the left (order, grouping, columns…). Default: no panel. */
  children?: ReactNode;
  /** Extra toolbar buttons, e.g. 「导出 Word」. Default: none. */
  actions?: ReactNode;
  /** Shown above the pages, e.g. warnings from the model. Default: none. */
  notice?: ReactNode;
}

type Zoom = 'fit' | '0.5' | '0.75' | '1';
const PX_PER_MM = 96 / 25.4;

/**
 * A print screen: options on the left, the pages on a grey desk on the right (scaled to
 * fit on screen, true size on paper), and 打印 / 保存为PDF. Only the pages print.
 */
export function PrintPreview({
  title,
  landscape = false,
  document,
  children,
  actions,
  notice,
}: PrintPreviewProps) {
  const platform = usePlatform();
  const desk = useRef<HTMLDivElement>(null);
  const printRoot = useRef<HTMLDivElement>(null);
  useEffect(() => (printRoot.current ? markPrintPath(printRoot.current) : undefined), []);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [fit, setFit] = useState(0.75);
  const [busy, setBusy] = useState<'print' | 'pdf' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const pageWidthMm = landscape ? 297 : 210;

  useEffect(() => {
    const el = desk.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) setFit(Math.min(1.5, Math.max(0.3, (width - 8) / (pageWidthMm * PX_PER_MM))));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [pageWidthMm]);

  const run = async (kind: 'print' | 'pdf') => {
    setBusy(kind);
    setMessage(null);
    try {
      if (kind === 'print') await platform.print({ title, landscape });
      else {
        const r = await platform.printToPdf({ title, landscape });
        if (r.saved) setMessage(`已保存：${r.path}`);
      }
    } catch (e) {
      setMessage(`${kind === 'print' ? '打印' : '保存 PDF'}失败：${errorDetail(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const scale = zoom === 'fit' ? fit : Number(zoom);
  return (
    <Box
      className="ud-print-flex"
      style={{ display: 'flex', height: '100%', minHeight: 0 }}
      data-testid="print-preview"
    >
      {children && (
        <ScrollArea
          w={300}
          style={{ flex: 'none', borderRight: '1px solid var(--mantine-color-gray-3)' }}
          p="md"
        >
          {children}
        </ScrollArea>
      )}
      <Box
        className="ud-print-flex"
        style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}
      >
        <Group
          justify="space-between"
          p="sm"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Group gap="xs">
            <Button
              leftSection={<IconPrinter size={18} />}
              onClick={() => void run('print')}
              loading={busy === 'print'}
              data-testid="print-button"
            >
              打印
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={18} />}
              onClick={() => void run('pdf')}
              loading={busy === 'pdf'}
              data-testid="pdf-button"
            >
              保存为PDF
            </Button>
            {actions}
          </Group>
          <SegmentedControl
            size="xs"
            value={zoom}
            onChange={(v) => setZoom(v as Zoom)}
            data={[
              { value: 'fit', label: '适合宽度' },
              { value: '0.5', label: '50%' },
              { value: '0.75', label: '75%' },
              { value: '1', label: '100%' },
            ]}
          />
        </Group>
        {(message || notice) && (
          <Box px="sm" pt="xs">
            {notice}
            {message && (
              <Text size="sm" c={message.includes('失败') ? 'red' : 'dimmed'}>
                {message}
              </Text>
            )}
          </Box>
        )}
        <div ref={desk} className="ud-preview-desk" style={{ flex: 1, minHeight: 0 }}>
          <div
            ref={printRoot}
            className="print-root"
            data-testid="print-pages"
            style={{ '--ud-preview-zoom': scale } as CSSProperties}
          >
            {document}
          </div>
        </div>
      </Box>
    </Box>
  );
}
