/** The lifecycle page's own texts (its tabs bring theirs); merged into the app's resources under `lifecycle`. */
const lifecycleZhCN = {
  tabs: '查重与清理的分页',
};

export default lifecycleZhCN;
