import { createTheme } from '@mantine/core';

/** Calm, high-contrast, dense enough for a records desk; system CJK fonts first. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily:
    '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  headings: { fontWeight: '600' },
});
