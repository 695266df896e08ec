import { ClearOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilterOptions } from '../api/get-filter-options';
import { activeFilterCount, TEXT_FIELDS, type TextField } from '../lib/criteria';
import type { InboxCriteria, InboxSort } from '../types';

type Props = {
  criteria: InboxCriteria;
  onChange: (criteria: InboxCriteria) => void;
};

type Values = Pick<InboxCriteria, TextField | 'overdue' | 'sort'> & {
  due?: [Dayjs | null, Dayjs | null] | null;
};

const TEXT: (keyof Values)[] = ['q', 'party', 'patentNumber'];
const SORTS: InboxSort[] = ['DUE', 'CREATED', 'PRIORITY'];
const TYPING_PAUSE_MS = 400;

function toValues(criteria: InboxCriteria): Values {
  const values: Values = {
    due:
      criteria.dueFrom || criteria.dueTo
        ? [criteria.dueFrom ? dayjs(criteria.dueFrom) : null, criteria.dueTo ? dayjs(criteria.dueTo) : null]
        : null,
    overdue: criteria.overdue === true,
    sort: criteria.sort ?? 'DUE',
  };
  for (const field of TEXT_FIELDS) values[field] = criteria[field];
  return values;
}

function toCriteria(view: InboxCriteria['view'], values: Values): InboxCriteria {
  const criteria: InboxCriteria = { view };
  for (const field of TEXT_FIELDS) criteria[field] = values[field]?.trim() || undefined;
  return {
    ...criteria,
    dueFrom: values.due?.[0]?.format('YYYY-MM-DD'),
    dueTo: values.due?.[1]?.format('YYYY-MM-DD'),
    overdue: values.overdue ? true : undefined,
    sort: values.sort && values.sort !== 'DUE' ? values.sort : undefined,
  };
}

/**
 * The inbox's filters, search and order. Choices apply at once; typed text once the typing
 * pauses, or on Enter.
 */
export function FilterBar({ criteria, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const options = useFilterOptions();
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const processKey = Form.useWatch('processKey', form);

  // The address bar may change under the form (a saved filter, back, another tab of the view);
  // the form follows it, but only when it really changed, so typing is never overwritten.
  const key = JSON.stringify(criteria);
  const latest = useRef({ criteria, onChange });
  useEffect(() => {
    latest.current = { criteria, onChange };
  });
  useEffect(() => {
    form.setFieldsValue(toValues(JSON.parse(key) as InboxCriteria));
  }, [key, form]);
  useEffect(() => () => clearTimeout(typing.current), []);

  // Read when it runs, not when it was scheduled: the view may have changed while typing paused.
  const apply = () => latest.current.onChange(toCriteria(latest.current.criteria.view, form.getFieldsValue()));
  const onValuesChange = (changed: Values) => {
    clearTimeout(typing.current);
    if (Object.keys(changed).some((key) => TEXT.includes(key as keyof Values))) {
      typing.current = setTimeout(apply, TYPING_PAUSE_MS);
    } else {
      if ('processKey' in changed) form.setFieldValue('taskKey', undefined);
      apply();
    }
  };

  const taskOptions = useMemo(
    () =>
      (options.data?.models ?? [])
        .filter((model) => !processKey || model.key === processKey)
        .flatMap((model) => model.tasks.map((task) => ({ value: task.key, label: task.name || task.key }))),
    [options.data, processKey],
  );
  const models = options.data?.models ?? [];
  const offices = options.data?.offices ?? [];
  const any = t('inbox.filters.any');
  const active = activeFilterCount(criteria);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={toValues(criteria)}
      onValuesChange={onValuesChange}
      aria-label={t('inbox.filters.label')}
      className="inbox-filters"
    >
      <Row gutter={[12, 0]}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="q" label={t('inbox.filters.search')}>
            <Input.Search
              allowClear
              placeholder={t('inbox.filters.searchPlaceholder')}
              onSearch={() => {
                clearTimeout(typing.current);
                apply();
              }}
              maxLength={100}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="processKey" label={t('inbox.filters.model')}>
            <Select
              allowClear
              placeholder={any}
              loading={options.isPending}
              options={models.map((model) => ({ value: model.key, label: model.name || model.key }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="taskKey" label={t('inbox.filters.task')}>
            <Select allowClear placeholder={any} options={taskOptions} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="caseType" label={t('inbox.filters.caseType')}>
            <Select
              allowClear
              placeholder={any}
              options={(options.data?.caseTypes ?? []).map((type) => ({
                value: type,
                label: t(`caseType.${type}`, { defaultValue: type }),
              }))}
            />
          </Form.Item>
        </Col>
        {offices.length > 1 && (
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="officeId" label={t('inbox.filters.office')}>
              <Select
                allowClear
                placeholder={any}
                options={offices.map((office) => ({
                  value: office.id,
                  label: i18n.language === 'en' ? office.nameEn : office.nameZh,
                }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="party" label={t('inbox.filters.party')}>
            <Input allowClear maxLength={100} onPressEnter={apply} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="patentNumber" label={t('inbox.filters.patentNumber')}>
            <Input allowClear maxLength={32} onPressEnter={apply} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="due" label={t('inbox.filters.dueRange')}>
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
              placeholder={[t('inbox.filters.dueFrom'), t('inbox.filters.dueTo')]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
          <Form.Item name="sort" label={t('inbox.filters.sort')}>
            <Select options={SORTS.map((sort) => ({ value: sort, label: t(`inbox.filters.sorts.${sort}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item name="overdue" label={t('inbox.filters.overdueOnly')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        {active > 0 && (
          <Col xs={24} md={6} xl={3} style={{ display: 'flex', alignItems: 'center' }}>
            <Button
              icon={<ClearOutlined />}
              onClick={() => onChange({ view: criteria.view, sort: criteria.sort })}
              aria-label={`${t('inbox.filters.clear')} (${t('inbox.filters.active', { count: active })})`}
            >
              {t('inbox.filters.clear')}
            </Button>
          </Col>
        )}
      </Row>
    </Form>
  );
}
