/** What every dialog says the same way: the question before unsaved changes are thrown away. */
const dialogsZhCN = {
  dialogs: {
    discardTitle: '放弃未保存的修改？',
    discardBody: '已填写的内容尚未保存，放弃后将无法找回。',
    discard: '放弃修改',
    keepEditing: '继续编辑',
  },
} as const;

export default dialogsZhCN;
