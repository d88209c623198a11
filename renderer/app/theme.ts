import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'red',
  fontFamily:
    '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif',
  headings: {
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif',
  },
  defaultRadius: 'sm',
  components: {
    // Mantine upper-cases badges: harmless for Chinese, wrong for 「Excel」「#VALUE!」「B列」.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});
