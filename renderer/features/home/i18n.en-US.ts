import type { Messages } from '../../i18n/zh-CN';

const homeEnUS: Pick<Messages, 'home'> = {
  home: {
    title: 'Home',
    greeting: 'Hello, {{name}}.',
    welcome: 'Welcome to KeDang. The menu on the left lists what the archive can do.',
    notYet: 'This part is still being built and comes in a later version.',
  },
};

export default homeEnUS;
