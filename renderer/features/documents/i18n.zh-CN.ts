/** Printing and the document register; merged into the app's resources under `documents`. */
const documentsZhCN = {
  print: {
    title: '打印：{{title}}',
    making: '正在生成 {{title}}',
    cancelled: '已取消打印；这份打印件的编号已登记为作废。',
    serial: '编号',
    pages: '共 {{count}} 页',
    copyOf: '{{serial}} 的副本',
    unmasked: '含完整号码，页面带有打印人水印；请妥善保管',
    missingTitle: '字体缺少个别字符',
    missingBody: '以下字符在打印字体中没有，已以方框内的编码打印，请手工补写：{{chars}}',
    previewOf: '{{title}} 的打印预览',
    print: '打印…',
    save: '另存为 PDF',
    done: '完成',
  },
} as const;

export default documentsZhCN;
