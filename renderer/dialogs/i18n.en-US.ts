import type { Messages } from '../i18n/zh-CN';

const dialogsEnUS: Pick<Messages, 'dialogs'> = {
  dialogs: {
    discardTitle: 'Discard unsaved changes?',
    discardBody: 'What you typed has not been saved and cannot be brought back.',
    discard: 'Discard',
    keepEditing: 'Keep editing',
  },
};

export default dialogsEnUS;
