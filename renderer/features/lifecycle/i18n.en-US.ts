import type { Messages } from '../../i18n/zh-CN';

const lifecycleEnUS: Messages['lifecycle'] = {
  tabs: 'Duplicates and cleanup pages',
};

export default lifecycleEnUS;
