import type { Messages } from '../../i18n/zh-CN';

const documentsEnUS: Messages['documents'] = {
  print: {
    title: 'Print: {{title}}',
    making: 'Making {{title}}',
    cancelled: 'Printing cancelled; the serial of this printout is registered as void.',
    serial: 'Serial',
    pages: '{{count}} pages',
    copyOf: 'copy of {{serial}}',
    unmasked: 'Full numbers printed, pages watermarked with your name: keep it safe',
    missingTitle: 'The font lacks some characters',
    missingBody: 'These characters are not in the print font and were printed as their code in a box; write them in by hand: {{chars}}',
    previewOf: 'Print preview of {{title}}',
    print: 'Print…',
    save: 'Save as PDF',
    done: 'Done',
  },
};

export default documentsEnUS;
