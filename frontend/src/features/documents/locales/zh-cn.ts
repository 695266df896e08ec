// Official documents' words; the app merges them into the shared catalogues (src/app/messages.ts).
export const zhCN = {
  officialDocuments: {
    title: '法律文书',
    none: '暂无法律文书',
    document: '文书',
    addressee: '受送达人',
    issuedOn: '签发日期',
    service: '送达情况',
    actions: '操作',
    open: '查看',
    download: '下载',
    recordService: '登记送达',
    notServed: '未送达',
    notServedElectronic: '未送达（受送达人首次查阅之日为送达日）',
    servedOn: '{{method}}，{{date}} 送达',
    publishedOn: '公告发布于 {{date}}',
    preview: '{{title}}（{{number}}）',
    openFailed: '文书未能打开',
    close: '关闭',
    allParties: '各方当事人',
    authority: '有关机关',
    method: {
      ELECTRONIC: '电子送达',
      POSTAL: '邮寄送达',
      PERSONAL: '直接送达',
      LEFT_AT_ADDRESS: '留置送达',
      PUBLIC_NOTICE: '公告送达',
    },
    form: {
      title: '登记送达：{{title}}（{{number}}）',
      method: '送达方式',
      methodRequired: '请选择送达方式',
      servedOn: '送达日期（以送达回证或回执上的日期为准）',
      publishedOn: '公告发布日期（自发布之日起经过三十日视为送达）',
      dateRequired: '请选择日期',
      receiptRef: '送达回证或回执编号',
      party: '受送达的当事人',
      partyRequired: '请选择受送达的当事人',
      submit: '登记',
      success: '送达已登记',
      failed: '登记未成功',
    },
  },
  timeline: {
    DOCUMENT_ISSUED: '签发了法律文书',
    DOCUMENT_SERVED: '完成了法律文书的送达',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
export type DocumentsMessages = Messages<typeof zhCN>;
