import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/shared/api/problem';
import { formatDateTime } from '@/shared/lib/format';
import { useCalendarDays, useCalendarStatus, useCalendarYears, useLoadYear } from '../api/calendar';
import { parseNotice, type ParseError } from '../lib/parse-notice';
import type { CalendarDay, CalendarYear } from '../types';
import { CalendarWarning } from './calendar-warning';

type LoadForm = { year: number; source: string; text: string };

/** The years loaded, the days of one, and the screen that loads a year's notice. */
export function CalendarAdmin() {
  const { t } = useTranslation();
  const years = useCalendarYears();
  const status = useCalendarStatus();
  const [shown, setShown] = useState<number | undefined>();
  const year = shown ?? years.data?.at(-1)?.year;
  const days = useCalendarDays(year);

  const yearColumns: TableColumnsType<CalendarYear> = [
    { title: t('admin.calendar.year'), dataIndex: 'year' },
    { title: t('admin.calendar.source'), dataIndex: 'source' },
    { title: t('admin.calendar.loadedBy'), dataIndex: 'loadedBy' },
    {
      title: t('admin.calendar.loadedAt'),
      dataIndex: 'loadedAt',
      render: (at?: string) => (at ? formatDateTime(at) : '—'),
    },
  ];
  const kind = (value?: string) =>
    value ? (
      <Tag color={value === 'REST' ? 'green' : 'blue'}>{t(`admin.calendar.kind.${value as 'REST' | 'WORK'}`)}</Tag>
    ) : (
      '—'
    );
  const dayColumns: TableColumnsType<CalendarDay> = [
    { title: t('admin.calendar.day'), dataIndex: 'day' },
    { title: t('admin.calendar.official'), dataIndex: 'officialKind', render: kind },
    { title: t('admin.calendar.override'), dataIndex: 'overrideKind', render: kind },
    { title: t('admin.calendar.note'), dataIndex: 'note' },
  ];

  return (
    <Flex vertical gap="middle">
      <CalendarWarning />
      <Card title={t('admin.calendar.years')}>
        <Table<CalendarYear>
          rowKey="year"
          size="small"
          pagination={false}
          loading={years.isPending}
          columns={yearColumns}
          dataSource={years.data ?? []}
          locale={{ emptyText: t('admin.calendar.none') }}
          onRow={(row) => ({ onClick: () => setShown(row.year), style: { cursor: 'pointer' } })}
        />
      </Card>
      {year !== undefined && (
        <Card
          title={t('admin.calendar.days', { year })}
          extra={
            <Select
              aria-label={t('admin.calendar.year')}
              value={year}
              style={{ width: 120 }}
              options={(years.data ?? []).map((y) => ({ value: y.year, label: String(y.year) }))}
              onChange={setShown}
            />
          }
        >
          <Table<CalendarDay>
            rowKey="day"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            loading={days.isPending}
            columns={dayColumns}
            dataSource={days.data ?? []}
          />
        </Card>
      )}
      {status.data && <LoadNotice defaultYear={status.data.nextYear} />}
    </Flex>
  );
}

function LoadNotice({ defaultYear }: { defaultYear: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LoadForm>();
  const load = useLoadYear();
  const [errors, setErrors] = useState<string[]>([]);

  const words = (e: ParseError) => t(e.key, e.values);

  const submit = ({ year, source, text }: LoadForm) => {
    const parsed = parseNotice(text, year);
    if (!parsed.notice) {
      setErrors(parsed.errors.map(words));
      return;
    }
    setErrors([]);
    const notice = {
      source: source?.trim() || parsed.notice.source || '',
      rest: parsed.notice.rest,
      work: parsed.notice.work,
    };
    load.mutate(
      { year, notice },
      {
        onSuccess: () => {
          void message.success(t('admin.calendar.loaded', { year }));
          form.resetFields(['text']);
        },
        onError: (error) => {
          const problem = error instanceof ApiError ? error.problem : undefined;
          setErrors(problem?.errors?.map((e) => `${e.field}: ${e.message}`) ?? [error.message]);
        },
      },
    );
  };

  return (
    <Card title={t('admin.calendar.loadTitle')}>
      <Typography.Paragraph type="secondary">{t('admin.calendar.loadIntro')}</Typography.Paragraph>
      <Form<LoadForm>
        form={form}
        layout="vertical"
        initialValues={{ year: defaultYear, source: '', text: '' }}
        onFinish={submit}
        // a pasted notice is long: Enter makes a new line, never a submission
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') event.preventDefault();
        }}
      >
        <Flex gap="middle" wrap>
          <Form.Item name="year" label={t('admin.calendar.loadYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="source" label={t('admin.calendar.loadSource')} style={{ flex: 1, minWidth: 280 }}>
            <Input maxLength={200} placeholder="国办发明电〔2026〕…号" />
          </Form.Item>
        </Flex>
        <Form.Item name="text" label={t('admin.calendar.loadText')}>
          <Input.TextArea rows={10} spellCheck={false} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Flex gap="middle" align="center" wrap>
          <Upload
            accept=".json,.csv,.txt,application/json,text/csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void file.text().then((text) => form.setFieldValue('text', text));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('admin.calendar.upload')}</Button>
          </Upload>
          <Button type="primary" htmlType="submit" loading={load.isPending}>
            {t('admin.calendar.submit')}
          </Button>
        </Flex>
      </Form>
      {errors.length > 0 && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          role="alert"
          title={t('admin.calendar.refused')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {errors.map((error, index) => (
                <li key={index}>{error}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
