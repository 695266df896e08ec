import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Tag,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/shared/api/problem';
import { formatDateTime } from '@/shared/lib/format';
import { useObjectToInjunction } from '../api/object-to-injunction';
import type { InjunctionLinks, InjunctionView, LinkedCase } from '../types';
import { ReviewCountdown } from './review-countdown';

type Props = {
  caseId: string;
  view: InjunctionView;
  /** Where a linked case opens: /portal/cases or /inbox/cases. */
  casesPath: string;
};

function CaseLink({ linked, casesPath }: { linked: LinkedCase; casesPath: string }) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" align="center" wrap>
      <Link to={`${casesPath}/${linked.id}`}>{linked.caseNumber}</Link>
      <Tag>{t(`stage.${linked.stage}`, { defaultValue: linked.stage })}</Tag>
    </Flex>
  );
}

function ObjectionForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ grounds: string }>();
  const object = useObjectToInjunction();
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={t('injunction.objection.submit')}
      onFinish={({ grounds }) =>
        object.mutate(
          { caseId, grounds: grounds.trim() },
          {
            onSuccess: () => void message.success(t('injunction.objection.success')),
            onError: (error) => void message.error(isApiError(error) ? error.problem.detail : String(error)),
          },
        )
      }
    >
      <Form.Item
        name="grounds"
        label={t('injunction.objection.grounds')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={object.isPending}>
        {t('injunction.objection.submit')}
      </Button>
    </Form>
  );
}

/** The injunction's card on its own case: what it orders, its clocks, its objections, its adjudication. */
export function InjunctionCard({ caseId, view, casesPath }: Props) {
  const { t } = useTranslation();
  const row = view.injunction;
  type Item = NonNullable<DescriptionsProps['items']>[number];
  const items: Item[] = (
    [
      { key: 'startedBy', label: t('injunction.card.startedBy'), children: t(`injunction.card.${row.startedBy}`) },
      { key: 'acts', label: t('injunction.card.actsToStop'), children: row.actsToStop },
      row.stopOrder && { key: 'order', label: t('injunction.card.stopOrder'), children: row.stopOrder },
      { key: 'urgency', label: t('injunction.card.urgency'), children: t(`injunction.urgency.${row.urgency}`) },
      row.platformName && {
        key: 'platform',
        label: t('injunction.card.platform'),
        children: `${row.platformName} ${row.listingUrl ?? ''}`,
      },
      view.lapseLastDay && { key: 'lapse', label: t('injunction.card.lapseLastDay'), children: view.lapseLastDay },
      view.objectionDueOn && {
        key: 'objection',
        label: t('injunction.card.objectionDueOn'),
        children: view.objectionDueOn,
      },
      view.adjudication && {
        key: 'adjudication',
        label: t('injunction.card.adjudication'),
        children: <CaseLink linked={view.adjudication} casesPath={casesPath} />,
      },
      row.liftReason && {
        key: 'lift',
        label: t('injunction.card.liftReason'),
        children: t(`injunction.liftReason.${row.liftReason}`),
      },
    ] as (Item | null | undefined | '')[]
  ).filter((item): item is Item => !!item);

  return (
    <Card title={t('injunction.card.title')} aria-label={t('injunction.card.title')}>
      <Flex vertical gap="middle">
        {view.reviewExpiresAt && <ReviewCountdown expiresAt={view.reviewExpiresAt} />}
        <Descriptions size="small" column={1} items={items} />
        {view.objections.length > 0 && (
          <List
            size="small"
            header={<Typography.Text strong>{t('injunction.card.objections')}</Typography.Text>}
            dataSource={view.objections}
            renderItem={(objection) => (
              <List.Item>
                <Flex vertical>
                  <Typography.Text>{objection.grounds}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(objection.filedAt)}{' '}
                    {objection.sustained == null
                      ? t('injunction.card.pending')
                      : t(objection.sustained ? 'injunction.card.sustained' : 'injunction.card.rejected')}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
        {view.steps.includes('OBJECT') && <ObjectionForm caseId={caseId} />}
      </Flex>
    </Card>
  );
}

/** On an adjudication case: the preliminary injunctions it keeps in force. */
export function LinkedInjunctionsCard({ links, casesPath }: { links: InjunctionLinks; casesPath: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('injunction.card.injunctions')} aria-label={t('injunction.card.injunctions')}>
      <Flex vertical gap="small">
        {links.injunctions.map((linked) => (
          <CaseLink key={linked.id} linked={linked} casesPath={casesPath} />
        ))}
      </Flex>
    </Card>
  );
}
