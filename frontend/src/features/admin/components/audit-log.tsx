import { Button, Card, DatePicker, Flex, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/lib/format';
import { QueryError } from '@/shared/ui/query-error';
import { useAuditActions, useAuditPage } from '../api/audit';
import type { AuditEntry, AuditFilter } from '../types';

type FilterForm = { actor?: string; caseId?: string; action?: string; dates?: [Dayjs | null, Dayjs | null] | null };

const PAGE_SIZE = 50;

/** The whole audit trail, newest first, filtered by who, case, action and dates, a page at a time. */
export function AuditLog() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterForm>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(0);
  const log = useAuditPage({ ...filter, page, size: PAGE_SIZE });
  const actions = useAuditActions();

  const search = ({ actor, caseId, action, dates }: FilterForm) => {
    setFilter({
      actor: actor?.trim() || undefined,
      caseId: caseId?.trim() || undefined,
      action: action || undefined,
      from: dates?.[0]?.format('YYYY-MM-DD'),
      to: dates?.[1]?.format('YYYY-MM-DD'),
    });
    setPage(0);
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t('admin.audit.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    {
      title: t('admin.audit.actor'),
      dataIndex: 'actor',
      width: 160,
      render: (actor: string, entry) => entry.actorName ?? actor,
    },
    { title: t('admin.audit.action'), dataIndex: 'action', width: 200 },
    {
      title: t('admin.audit.caseId'),
      dataIndex: 'caseId',
      width: 140,
      render: (caseId?: string) =>
        caseId ? (
          <Typography.Text copyable={{ text: caseId }} style={{ fontSize: 12 }}>
            {caseId.slice(0, 8)}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: t('admin.audit.details'),
      dataIndex: 'details',
      render: (details?: string) => (
        <Typography.Text ellipsis={{ tooltip: details }} style={{ maxWidth: 420 }}>
          {details ?? ''}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Card>
      <Form<FilterForm> form={form} layout="inline" onFinish={search} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="actor" label={t('admin.audit.actor')}>
          <Input allowClear style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="caseId" label={t('admin.audit.caseId')}>
          <Input allowClear style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="action" label={t('admin.audit.action')}>
          <Select
            allowClear
            showSearch
            style={{ width: 220 }}
            options={(actions.data ?? []).map((action) => ({ value: action, label: action }))}
          />
        </Form.Item>
        <Form.Item name="dates" label={t('admin.audit.dates')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Flex gap="small">
          <Button type="primary" htmlType="submit">
            {t('admin.audit.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              search({});
            }}
          >
            {t('admin.audit.reset')}
          </Button>
        </Flex>
      </Form>
      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={log.isFetching}
          columns={columns}
          dataSource={log.data?.items ?? []}
          scroll={{ x: 1000 }}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: log.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('admin.audit.total', { total }),
            onChange: (next) => setPage(next - 1),
          }}
        />
      )}
    </Card>
  );
}
