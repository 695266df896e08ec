import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { todayInOffice } from '@/shared/lib/format';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import type { AcceptanceDecision } from '../types';
import './acceptance-review-form.css';

type Decision = AcceptanceDecision['decision'];

type Values = {
  decision?: Decision;
  reasons?: string;
  missingItems?: string[];
  supplementDueDate?: Dayjs;
};

function toDecision(values: Values): AcceptanceDecision {
  const reasons = values.reasons?.trim() || undefined;
  switch (values.decision) {
    case 'REFUSE':
      return { decision: 'REFUSE', reasons: reasons ?? '' };
    case 'SUPPLEMENT':
      return {
        decision: 'SUPPLEMENT',
        reasons,
        missingItems: (values.missingItems ?? []).map((item) => item.trim()).filter(Boolean),
        supplementDueDate: values.supplementDueDate!.format('YYYY-MM-DD'),
      };
    default:
      return { decision: 'ACCEPT', reasons };
  }
}

const isAfterToday = (date: Dayjs) => date.isAfter(todayInOffice(), 'day');

/** Order 81 art. 16: everything missing is asked for at once, with a deadline. */
function SupplementFields() {
  const { t } = useTranslation();
  const atLeastOne = {
    validator: (_: unknown, items: string[] | undefined) =>
      items?.length ? Promise.resolve() : Promise.reject(new Error(t('review.missingItemsRequired'))),
  };
  return (
    <>
      <Form.List name="missingItems" rules={[atLeastOne]}>
        {(fields, { add, remove }, { errors }) => (
          <fieldset className="review-missing-items">
            <legend>{t('review.missingItems')}</legend>
            {fields.map((field, index) => (
              <Flex key={field.key} gap="small" align="end">
                <Form.Item
                  name={field.name}
                  label={t('review.missingItem', { index: index + 1 })}
                  rules={[{ required: true, whitespace: true, message: t('review.missingItemRequired') }]}
                  style={{ flex: 1 }}
                >
                  <Input maxLength={500} />
                </Form.Item>
                {fields.length > 1 && (
                  <Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('review.removeItem', { index: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                )}
              </Flex>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                {t('review.addItem')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </fieldset>
        )}
      </Form.List>
      <Form.Item
        name="supplementDueDate"
        label={t('review.dueDate')}
        rules={[
          { required: true, message: t('review.dueDateRequired') },
          {
            validator: (_, date: Dayjs | undefined) =>
              !date || isAfterToday(date) ? Promise.resolve() : Promise.reject(new Error(t('review.dueDateFuture'))),
          },
        ]}
      >
        <DatePicker disabledDate={(date) => !isAfterToday(date)} />
      </Form.Item>
    </>
  );
}

type Props = { taskId: string; onCompleted: () => void };

/** Order 81 art. 20: accept the case, or refuse it with reasons, or first ask for a supplement. */
export function AcceptanceReviewForm({ taskId, onCompleted }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const complete = useCompleteTask();
  const [detail, setDetail] = useState<string | null>(null);

  const onFinish = (values: Values) => {
    setDetail(null);
    complete.mutate(
      { taskId, values: toDecision(values) },
      {
        onSuccess: () => onCompleted(),
        onError: (error) => {
          if (!isApiError(error)) return setDetail(t('review.failed'));
          const unmatched = showProblemOnForm(form, error.problem);
          setDetail([error.problem.detail, ...unmatched.map((e) => e.message)].filter(Boolean).join(' '));
        },
      },
    );
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ missingItems: [''] }}
      onFinish={onFinish}
      disabled={complete.isPending}
      aria-label={t('review.title')}
    >
      <Form.Item
        name="decision"
        label={t('review.decision')}
        rules={[{ required: true, message: t('filing.validation.requiredSelect', { field: t('review.decision') }) }]}
      >
        <Radio.Group
          options={(['ACCEPT', 'REFUSE', 'SUPPLEMENT'] as const).map((value) => ({
            value,
            label: t(`decision.${value}`),
          }))}
        />
      </Form.Item>

      {/* Drawn from the form's own value, so the fields are there by the time it validates. */}
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) => {
          const decision: Decision | undefined = getFieldValue('decision');
          if (!decision) return null;
          const refusing = decision === 'REFUSE';
          return (
            <>
              {decision === 'SUPPLEMENT' && <SupplementFields />}
              <Form.Item
                name="reasons"
                label={t('review.reasons')}
                extra={refusing ? t('review.reasonsHint') : undefined}
                rules={refusing ? [{ required: true, whitespace: true, message: t('review.reasonsRequired') }] : []}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>

      {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={complete.isPending}>
        {t('review.submit')}
      </Button>
    </Form>
  );
}
