import { Alert, Button, Card, Descriptions, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { useTracking } from '../api/reports';

/** The public page a reporter follows a report on: its state, nothing else of the case. */
export function ReportTracking({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [typed, setTyped] = useState(initialCode);
  const tracking = useTracking(code);
  const notFound = tracking.isError && isApiError(tracking.error) && tracking.error.status === 404;
  return (
    <Card title={t('penalty.track.title')}>
      <Form layout="vertical" onFinish={() => setCode(typed)}>
        <Form.Item label={t('penalty.track.code')} extra={t('penalty.track.codeHint')}>
          <Space.Compact style={{ maxWidth: 420, width: '100%' }}>
            <Input
              aria-label={t('penalty.track.code')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
            />
            <Button type="primary" htmlType="submit" loading={tracking.isFetching}>
              {t('penalty.track.lookUp')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      {notFound && <Alert type="warning" showIcon title={t('penalty.track.notFound')} />}
      {tracking.isError && !notFound && (
        <Alert
          type="error"
          showIcon
          title={isApiError(tracking.error) ? tracking.error.problem.detail : String(tracking.error)}
        />
      )}
      {tracking.data && (
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            { key: 'code', label: t('penalty.track.code'), children: tracking.data.trackingCode },
            { key: 'receivedOn', label: t('penalty.track.receivedOn'), children: tracking.data.receivedOn },
            {
              key: 'status',
              label: t('penalty.track.status'),
              children: (
                <strong data-testid="report-status">{t(`penalty.reportStatus.${tracking.data.status}`)}</strong>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
