import { Alert, Button, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { useOfficeOptions } from '@/shared/api/get-offices';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { formatDateTime } from '@/shared/lib/format';
import {
  useAccounts,
  useChangeRoles,
  useCreateAccount,
  useDisableAccount,
  useEnableAccount,
  useLockedAddresses,
  useUnlockAddress,
  useResetPassword,
  useUnlockAccount,
  type Account,
  type NewAccount,
} from '../api/accounts-api';

const ROLES = ['COMPLAINANT', 'RESPONDENT', 'OFFICER', 'SUPERVISOR', 'ADMIN'] as const;
const STAFF: string[] = ['OFFICER', 'SUPERVISOR'];

type Dialog =
  | { kind: 'create' }
  | { kind: 'disable'; account: Account }
  | { kind: 'password'; account: Account }
  | { kind: 'roles'; account: Account };

/** The administrator's accounts: who exists and who is locked out, and each account's lifecycle. */
export function AccountsPage() {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const offices = useOfficeOptions();
  const enable = useEnableAccount();
  const unlock = useUnlockAccount();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const officeName = (id?: string | null) => (id ? (offices.options.find((o) => o.value === id)?.label ?? id) : '—');

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('accounts.title')}
      </Typography.Title>
      <Button type="primary" style={{ alignSelf: 'flex-start' }} onClick={() => setDialog({ kind: 'create' })}>
        {t('accounts.add')}
      </Button>
      <Table<Account>
        rowKey="username"
        loading={accounts.isLoading}
        dataSource={accounts.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('accounts.empty') }}
        columns={[
          { title: t('accounts.columns.username'), dataIndex: 'username' },
          { title: t('accounts.columns.displayName'), dataIndex: 'displayName' },
          {
            title: t('accounts.columns.roles'),
            dataIndex: 'roles',
            render: (roles: string[]) => roles.map((r) => <Tag key={r}>{t(`accounts.role.${r}`)}</Tag>),
          },
          { title: t('accounts.columns.office'), dataIndex: 'officeId', render: officeName },
          {
            title: t('accounts.columns.status'),
            key: 'status',
            render: (_, a) => (
              <Flex gap={4} wrap>
                <Tag color={a.enabled ? 'success' : 'default'}>
                  {a.enabled ? t('accounts.status.enabled') : t('accounts.status.disabled')}
                </Tag>
                {a.lockedUntil && (
                  <Tag color="error">{t('accounts.status.locked', { until: formatDateTime(a.lockedUntil) })}</Tag>
                )}
                {a.mustChangePassword && <Tag color="warning">{t('accounts.status.mustChangePassword')}</Tag>}
              </Flex>
            ),
          },
          {
            title: t('accounts.columns.actions'),
            key: 'actions',
            render: (_, a) => (
              <Flex gap="small" wrap>
                {a.enabled ? (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'disable', account: a })}>
                    {t('accounts.actions.disable')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => enable.mutate(a.username)}>
                    {t('accounts.actions.enable')}
                  </Button>
                )}
                {a.lockedUntil && (
                  <Button size="small" onClick={() => unlock.mutate(a.username)}>
                    {t('accounts.actions.unlock')}
                  </Button>
                )}
                <Button size="small" onClick={() => setDialog({ kind: 'password', account: a })}>
                  {t('accounts.actions.resetPassword')}
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'roles', account: a })}>
                  {t('accounts.actions.changeRoles')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <LockedAddresses />
      {dialog?.kind === 'create' && <CreateDialog offices={offices.options} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'disable' && (
        <DisableDialog account={dialog.account} colleagues={accounts.data ?? []} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'password' && <PasswordDialog account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'roles' && (
        <RolesDialog
          account={dialog.account}
          offices={offices.options}
          colleagues={accounts.data ?? []}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}

/** Source addresses locked out for guessing across accounts; shown only while there are any. */
function LockedAddresses() {
  const { t } = useTranslation();
  const locked = useLockedAddresses();
  const unlock = useUnlockAddress();
  if (!locked.data?.length) return null;
  return (
    <section aria-labelledby="locked-addresses">
      <Typography.Title id="locked-addresses" level={2} style={{ fontSize: 18 }}>
        {t('accounts.addresses.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('accounts.addresses.hint')}</Typography.Paragraph>
      <Table
        rowKey="address"
        dataSource={locked.data}
        pagination={false}
        columns={[
          { title: t('accounts.addresses.address'), dataIndex: 'address' },
          {
            title: t('accounts.addresses.until'),
            dataIndex: 'lockedUntil',
            render: (until: string) => formatDateTime(until),
          },
          {
            title: t('accounts.columns.actions'),
            key: 'actions',
            render: (_, row) => (
              <Button size="small" loading={unlock.isPending} onClick={() => unlock.mutate(row.address)}>
                {t('accounts.actions.unlock')}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}

type Options = { value: string; label: string }[];

/** Sends a form's values; the server's reasons go under the fields they name, the rest above the buttons. */
function useSubmit<T>(send: (values: T) => Promise<unknown>, onDone: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const submit = (form: Parameters<typeof showProblemOnForm>[0], values: T) => {
    setFailure(null);
    send(values).then(onDone, (error: unknown) => {
      if (!isApiError(error)) return setFailure(String(error));
      const unmatched = showProblemOnForm(form, error.problem);
      setFailure([error.problem.detail, ...unmatched.map((e) => e.message)].join(' '));
    });
  };
  return { failure, submit };
}

function Buttons({ pending, onClose, failure }: { pending: boolean; onClose: () => void; failure: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Flex gap="small">
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('accounts.actions.save')}
        </Button>
        <Button onClick={onClose}>{t('accounts.actions.cancel')}</Button>
      </Flex>
    </>
  );
}

function CreateDialog({ offices, onClose }: { offices: Options; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewAccount>();
  const create = useCreateAccount();
  const { failure, submit } = useSubmit((values: NewAccount) => create.mutateAsync(values), onClose);
  const required = { required: true, message: t('form.required') };
  const roles = Form.useWatch('roles', form) ?? [];
  const staff = roles.some((r) => STAFF.includes(r));
  return (
    <Modal open title={t('accounts.add')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<NewAccount>
        form={form}
        layout="vertical"
        aria-label={t('accounts.add')}
        onFinish={(values) => submit(form, { ...values, officeId: staff ? values.officeId : undefined })}
      >
        <Form.Item name="username" label={t('accounts.fields.username')} rules={[required]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.fields.displayName')} rules={[required]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('accounts.fields.password')}
          extra={t('accounts.hints.firstPassword')}
          rules={[required]}
        >
          <Input.Password maxLength={72} autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('accounts.fields.roles')} rules={[required]}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`accounts.role.${r}`) }))} />
        </Form.Item>
        {staff && (
          <Form.Item name="officeId" label={t('accounts.fields.office')} rules={[required]}>
            <Select options={offices} />
          </Form.Item>
        )}
        {roles.includes('RESPONDENT') && (
          <Form.Item name="idNumber" label={t('accounts.fields.idNumber')} rules={[required]}>
            <Input maxLength={18} />
          </Form.Item>
        )}
        <Buttons pending={create.isPending} onClose={onClose} failure={failure} />
      </Form>
    </Modal>
  );
}

/** The enabled staff of an office other than the account itself: who may take over its tasks. */
function colleaguesOf(account: Account, accounts: Account[], officeId?: string | null): Options {
  return accounts
    .filter(
      (a) =>
        a.enabled &&
        a.username !== account.username &&
        a.officeId === (officeId ?? account.officeId) &&
        a.roles.some((r) => STAFF.includes(r)),
    )
    .map((a) => ({ value: a.username, label: `${a.displayName}（${a.username}）` }));
}

function DisableDialog({
  account,
  colleagues,
  onClose,
}: {
  account: Account;
  colleagues: Account[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ handOverTo?: string }>();
  const disable = useDisableAccount();
  const { failure, submit } = useSubmit(
    (values: { handOverTo?: string }) => disable.mutateAsync({ username: account.username, ...values }),
    onClose,
  );
  const staff = !!account.officeId && account.roles.some((r) => STAFF.includes(r));
  const title = `${t('accounts.actions.disable')}：${account.displayName}`;
  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" aria-label={title} onFinish={(values) => submit(form, values)}>
        <Typography.Paragraph>{t('accounts.hints.disable')}</Typography.Paragraph>
        {staff && (
          <Form.Item name="handOverTo" label={t('accounts.fields.handOverTo')}>
            <Select
              allowClear
              placeholder={t('accounts.fields.handOverToPool')}
              options={colleaguesOf(account, colleagues)}
            />
          </Form.Item>
        )}
        <Buttons pending={disable.isPending} onClose={onClose} failure={failure} />
      </Form>
    </Modal>
  );
}

function PasswordDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  const { failure, submit } = useSubmit(
    (values: { password: string }) => reset.mutateAsync({ username: account.username, password: values.password }),
    onClose,
  );
  const title = `${t('accounts.actions.resetPassword')}：${account.displayName}`;
  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form form={form} layout="vertical" aria-label={title} onFinish={(values) => submit(form, values)}>
        <Form.Item
          name="password"
          label={t('accounts.fields.password')}
          extra={t('accounts.hints.firstPassword')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.Password maxLength={72} autoComplete="new-password" />
        </Form.Item>
        <Buttons pending={reset.isPending} onClose={onClose} failure={failure} />
      </Form>
    </Modal>
  );
}

type RolesValues = { roles: string[]; officeId?: string; handOverTo?: string };

function RolesDialog({
  account,
  offices,
  colleagues,
  onClose,
}: {
  account: Account;
  offices: Options;
  colleagues: Account[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RolesValues>();
  const change = useChangeRoles();
  const { failure, submit } = useSubmit(
    (values: RolesValues) =>
      change.mutateAsync({
        username: account.username,
        change: { ...values, roles: values.roles as Account['roles'] as never },
      }),
    onClose,
  );
  const roles = Form.useWatch('roles', form) ?? account.roles;
  const officeId = Form.useWatch('officeId', form) ?? account.officeId;
  const staff = roles.some((r) => STAFF.includes(r));
  const wasStaff = !!account.officeId && account.roles.some((r) => STAFF.includes(r));
  const leaves = wasStaff && (!staff || officeId !== account.officeId);
  const title = `${t('accounts.actions.changeRoles')}：${account.displayName}`;
  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<RolesValues>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={{ roles: account.roles, officeId: account.officeId ?? undefined }}
        onFinish={(values) => submit(form, { ...values, officeId: staff ? values.officeId : undefined })}
      >
        <Form.Item
          name="roles"
          label={t('accounts.fields.roles')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`accounts.role.${r}`) }))} />
        </Form.Item>
        {staff && (
          <Form.Item
            name="officeId"
            label={t('accounts.fields.office')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={offices} />
          </Form.Item>
        )}
        {leaves && (
          <Form.Item name="handOverTo" label={t('accounts.fields.handOverTo')}>
            <Select
              allowClear
              placeholder={t('accounts.fields.handOverToPool')}
              options={colleaguesOf(account, colleagues, account.officeId)}
            />
          </Form.Item>
        )}
        <Buttons pending={change.isPending} onClose={onClose} failure={failure} />
      </Form>
    </Modal>
  );
}
