import type { Messages } from '../../i18n/zh-CN';

const homeEnUS: Pick<Messages, 'home'> = {
  home: {
    title: 'Home',
    greeting: 'Hello, {{name}}.',
    welcome: 'Welcome to KeDang. The menu on the left lists what the archive can do.',
  },
};

export default homeEnUS;
