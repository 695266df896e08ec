import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOffices, type EnforcementOffice } from '@/shared/api/get-offices';

/** The enforcement offices and their case-number prefixes. */
export function OfficesList() {
  const { t } = useTranslation();
  const offices = useOffices();
  const columns: TableColumnsType<EnforcementOffice> = [
    { title: t('admin.offices.id'), dataIndex: 'id' },
    { title: t('admin.offices.nameZh'), dataIndex: 'nameZh' },
    { title: t('admin.offices.nameEn'), dataIndex: 'nameEn' },
    {
      title: t('admin.offices.level'),
      dataIndex: 'level',
      render: (level: string) =>
        level === 'MUNICIPAL' || level === 'DISTRICT' ? t(`admin.offices.levels.${level}`) : level,
    },
    { title: t('admin.offices.casePrefix'), dataIndex: 'casePrefix' },
  ];
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('admin.offices.intro')}</Typography.Paragraph>
      <Table<EnforcementOffice>
        rowKey="id"
        size="small"
        pagination={false}
        loading={offices.isPending}
        columns={columns}
        dataSource={offices.data ?? []}
      />
    </Card>
  );
}
