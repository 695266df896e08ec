import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useSession } from '@/shared/auth/get-session';
import { useLogout } from '@/shared/auth/logout';
import { homePath } from '@/shared/auth/roles';
import { LANGUAGES, type Language } from '@/shared/i18n/i18n';
import './app-layout.css';

const LANGUAGE_LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** The frame of every page; `headerExtra` is what the app adds to the header (notices, workspaces). */
export function AppLayout({ headerExtra }: { headerExtra?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = session.data?.authenticated ? session.data.user : undefined;
  const officeName = user?.office && (i18n.language === 'en' ? user.office.nameEn : user.office.nameZh);

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to={user ? homePath(user) : '/login'} className="app-name">
          {t('app.name')}
        </Link>
        <Flex className="app-header-tools" align="center" gap="middle" wrap>
          {headerExtra}
          {user && (
            <Space size="small" className="app-user">
              <UserOutlined aria-hidden />
              <span>{user.displayName}</span>
              {officeName && <Typography.Text className="app-office">{officeName}</Typography.Text>}
            </Space>
          )}
          <Segmented
            aria-label={t('app.language')}
            size="small"
            value={i18n.language}
            options={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_LABELS[language] }))}
            onChange={(language) => void i18n.changeLanguage(language)}
          />
          {user && (
            <Button
              icon={<LogoutOutlined />}
              loading={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
            >
              {t('nav.logout')}
            </Button>
          )}
        </Flex>
      </Layout.Header>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
