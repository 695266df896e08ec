export const zhCN = {
  accounts: {
    title: '账号管理',
    add: '新建账号',
    empty: '暂无账号',
    columns: {
      username: '用户名',
      displayName: '姓名',
      roles: '角色',
      office: '部门',
      status: '状态',
      actions: '操作',
    },
    role: {
      COMPLAINANT: '请求人',
      RESPONDENT: '被请求人',
      OFFICER: '执法人员',
      SUPERVISOR: '负责人',
      ADMIN: '管理员',
    },
    status: {
      enabled: '启用',
      disabled: '已停用',
      locked: '已锁定至 {{until}}',
      mustChangePassword: '待设置密码',
    },
    actions: {
      disable: '停用',
      enable: '启用',
      unlock: '解锁',
      resetPassword: '重置密码',
      changeRoles: '角色与部门',
      save: '保存',
      cancel: '取消',
    },
    fields: {
      username: '用户名',
      displayName: '姓名',
      password: '初始密码',
      newPassword: '新密码',
      roles: '角色',
      office: '部门',
      idNumber: '证件号码',
      handOverTo: '在办任务交给',
      handOverToPool: '退回部门任务池',
    },
    hints: {
      firstPassword: '对方首次登录时须改设自己的密码。',
      disable: '停用后该账号立即退出登录，其在办任务退回部门任务池或交给所选同事。',
    },
    password: {
      title: '设置您自己的密码',
      intro: '您的账号由管理员创建或重置了密码。继续使用前，请设置只有您知道的新密码。',
      current: '当前密码',
      next: '新密码',
      confirm: '再次输入新密码',
      mismatch: '两次输入的新密码不一致',
      submit: '设置密码',
      done: '密码已更新',
    },
  },
};

export type AccountsMessages = typeof zhCN;
