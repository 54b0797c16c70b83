/** The home screen. Merged into the app's resources by renderer/i18n. */
const homeZhCN = {
  home: {
    title: '工作台',
    greeting: '{{name}}，您好。',
    welcome: '欢迎使用客档。左侧菜单列出本系统的各项功能。',
  },
} as const;

export default homeZhCN;
