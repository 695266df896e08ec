import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { useLogin, type Credentials } from '@/shared/auth/login';

export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();

  const failure =
    login.error &&
    (isApiError(login.error) && login.error.status === 401
      ? t('login.failed')
      : isApiError(login.error)
        ? login.error.problem.detail
        : t('errors.network'));

  return (
    <Form<Credentials>
      layout="vertical"
      requiredMark={false}
      onFinish={(credentials) => login.mutate(credentials)}
      disabled={login.isPending}
    >
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.required', { field: t('login.username') }) }]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
      </Form.Item>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
