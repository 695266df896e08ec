import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isApiError } from '@/shared/api/problem';
import { useSession } from '@/shared/auth/get-session';
import { homePath } from '@/shared/auth/roles';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { useChangeOwnPassword } from '../api/accounts-api';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/**
 * Where a person whose account an administrator created or reset lands after signing in: the
 * API does nothing else for them until they have set a password of their own.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const session = useSession();
  const change = useChangeOwnPassword();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);

  if (session.isPending) return <PageSpinner />;
  if (!session.data?.authenticated) return <Navigate to="/login" replace />;
  if (!session.data.user?.mustChangePassword && change.isSuccess) {
    return <Navigate to={homePath(session.data.user)} replace />;
  }

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    setFailure(null);
    change.mutateAsync({ currentPassword, newPassword }).catch((error: unknown) => {
      if (!isApiError(error)) return setFailure(String(error));
      const unmatched = showProblemOnForm(form, error.problem);
      setFailure([error.problem.detail, ...unmatched.map((e) => e.message)].join(' '));
    });
  };
  const required = { required: true, message: t('form.required') };

  return (
    <Flex vertical align="center">
      <Card
        title={<h1 style={{ fontSize: 18, margin: 0 }}>{t('accounts.password.title')}</h1>}
        style={{ width: '100%', maxWidth: 440 }}
      >
        <Typography.Paragraph>{t('accounts.password.intro')}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" aria-label={t('accounts.password.title')} onFinish={onFinish}>
          <Form.Item name="currentPassword" label={t('accounts.password.current')} rules={[required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('accounts.password.next')} rules={[required]}>
            <Input.Password maxLength={72} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('accounts.password.confirm')}
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value: string) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('accounts.password.mismatch'))),
              }),
            ]}
          >
            <Input.Password maxLength={72} autoComplete="new-password" />
          </Form.Item>
          {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={change.isPending}>
            {t('accounts.password.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
