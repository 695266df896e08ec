import type { AccountsMessages } from './zh-cn';

export const en: AccountsMessages = {
  accounts: {
    title: 'Accounts',
    add: 'New account',
    empty: 'No accounts',
    columns: {
      username: 'User name',
      displayName: 'Name',
      roles: 'Roles',
      office: 'Office',
      status: 'Status',
      actions: 'Actions',
    },
    role: {
      COMPLAINANT: 'Complainant',
      RESPONDENT: 'Respondent',
      OFFICER: 'Officer',
      SUPERVISOR: 'Supervisor',
      ADMIN: 'Administrator',
    },
    status: {
      enabled: 'Enabled',
      disabled: 'Disabled',
      locked: 'Locked until {{until}}',
      mustChangePassword: 'Password to set',
    },
    addresses: {
      title: 'Locked source addresses',
      hint: 'An address with 20 failed sign-ins within 15 minutes is locked for a while; everyone behind the same gateway is affected. Unlock it once you are sure nothing is wrong.',
      address: 'Source address',
      until: 'Locked until',
    },
    actions: {
      disable: 'Disable',
      enable: 'Enable',
      unlock: 'Unlock',
      resetPassword: 'Reset password',
      changeRoles: 'Roles and office',
      save: 'Save',
      cancel: 'Cancel',
    },
    fields: {
      username: 'User name',
      displayName: 'Name',
      password: 'First password',
      newPassword: 'New password',
      roles: 'Roles',
      office: 'Office',
      idNumber: 'Identity number',
      handOverTo: 'Hand open tasks to',
      handOverToPool: 'Back to the office’s pool',
    },
    hints: {
      firstPassword: 'The person sets a password of their own at first sign-in.',
      disable:
        'The account is signed out at once; its open tasks go back to the office’s pool or to the colleague chosen.',
    },
    password: {
      title: 'Set a password of your own',
      intro:
        'An administrator created your account or reset its password. Before going on, set a new password only you know.',
      current: 'Current password',
      next: 'New password',
      confirm: 'New password again',
      mismatch: 'The two new passwords differ',
      submit: 'Set password',
      done: 'Password updated',
    },
  },
};
