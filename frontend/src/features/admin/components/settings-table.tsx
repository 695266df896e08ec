import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/shared/ui/query-error';
import { useSettings } from '../api/settings';
import type { Setting } from '../types';

/** Every setting with its value, its default and its legal source; read-only. */
export function SettingsTable() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  const columns: TableColumnsType<Setting> = [
    {
      title: t('admin.settings.label'),
      dataIndex: 'label',
      render: (label: string, setting) => (
        <>
          <div>{label}</div>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {setting.key}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('admin.settings.value'),
      dataIndex: 'value',
      render: (value: string | undefined, setting) => (
        <>
          <Typography.Text strong>{value ?? '—'}</Typography.Text>
          {value !== setting.defaultValue && (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              {t('admin.settings.changed')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('admin.settings.defaultValue'), dataIndex: 'defaultValue' },
    { title: t('admin.settings.source'), dataIndex: 'source' },
  ];
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('admin.settings.intro')}</Typography.Paragraph>
      <Table<Setting>
        rowKey="key"
        size="small"
        pagination={false}
        loading={settings.isPending}
        columns={columns}
        dataSource={settings.data ?? []}
        scroll={{ x: 900 }}
      />
    </Card>
  );
}
