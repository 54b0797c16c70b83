import {
  CalendarHeader,
} from '@mantine/dates';
import {
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  Modal,
  Notification,
  Pagination,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** WCAG 2.1 AA asks 4.5:1 for text; a little over it, so rounding never tips a colour under. */
const MIN_CONTRAST = 4.6;
const white = '#ffffff';

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The first shade of the palette from `from` that reads at MIN_CONTRAST against `background`;
 * when even the darkest does not (yellow, lime, orange, green), the darkest made darker still.
 */
function readableShade(palette: MantineColorsTuple, from: number, background: string): string {
  for (let shade = from; shade <= 9; shade += 1) {
    const color = palette[shade] ?? palette[9];
    if (contrast(color, background) >= MIN_CONTRAST) return color;
  }
  let amount = 0;
  let color: string = palette[9];
  while (contrast(color, background) < MIN_CONTRAST && amount < 0.9) {
    amount += 0.04;
    color = darken(palette[9], amount);
  }
  return color;
}

/**
 * Mantine's light scheme draws white on its 6th shade (indigo: 4.32:1), coloured text on pale badges
 * (yellow 待审批: 2.68:1) and grey "dimmed" text at 3.32:1. Every colour's filled, outline, light-text
 * and text variables are replaced with the first shade that reaches AA against what it is drawn on,
 * so badges, buttons, segmented controls, links and field errors all read at 4.5:1 or better.
 */
const accessibleColours: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {};
  const primaryShade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  for (const [name, palette] of Object.entries(theme.colors)) {
    const filled = readableShade(palette, primaryShade, white);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.12);
    light[`--mantine-color-${name}-outline`] = filled;
    // Pale badges and buttons: their text against their hover background, the darker of the two.
    light[`--mantine-color-${name}-light-color`] = readableShade(palette, 9, palette[2]);
  }
  return {
    variables: {},
    light: {
      ...light,
      '--mantine-color-dimmed': '#5c636a',
      '--mantine-color-error': light['--mantine-color-red-filled']!,
      '--mantine-color-anchor': light[`--mantine-color-${theme.primaryColor}-filled`]!,
    },
    dark: {},
  };
};

export const cssVariablesResolver = accessibleColours;

/** What the theme names in the app's language: the ✕ of dialogs and notifications, the date pickers' arrows. */
export interface ThemeLabels {
  close: string;
  previousMonth: string;
  nextMonth: string;
  changeLevel: string;
  previousPage: string;
  nextPage: string;
}

/** Calm, dense enough for a records desk, system CJK fonts first; every control named, every text at AA. */
export function createAppTheme(labels: ThemeLabels) {
  return createTheme({
    primaryColor: 'indigo',
    defaultRadius: 'sm',
    fontFamily:
      '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
    headings: { fontWeight: '600' },
    colors: DEFAULT_THEME.colors,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      CalendarHeader: CalendarHeader.extend({ defaultProps: { previousLabel: labels.previousMonth, nextLabel: labels.nextMonth, levelControlAriaLabel: labels.changeLevel } }),
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control) => (control === 'previous' ? { 'aria-label': labels.previousPage } : control === 'next' ? { 'aria-label': labels.nextPage } : {}),
        },
      }),
    },
  });
}
