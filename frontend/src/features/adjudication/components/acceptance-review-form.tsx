import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { todayInOffice } from '@/shared/lib/format';
import { useCompleteTask } from '@/shared/tasks/complete-task';
import { useTaskForm } from '@/shared/tasks/get-task-form';
import type { AcceptanceDecision, Admissibility } from '../types';
import './acceptance-review-form.css';

type Decision = AcceptanceDecision['decision'];

const CONDITIONS = [
  'standing',
  'definiteRespondent',
  'definiteClaims',
  'withinJurisdiction',
  'noSuitOrOtherAgreement',
  'patentInForce',
] as const;

type Values = {
  decision?: Decision;
  reasons?: string;
  missingItems?: string[];
  supplementDueDate?: Dayjs;
  panelMembers?: string[];
  leadOfficer?: string;
  admissibility?: Partial<Record<(typeof CONDITIONS)[number] | 'continuingInfringement', boolean>> & {
    infringementKnownOn?: Dayjs;
  };
  repeatInfringement?: boolean;
  earlierDecision?: string;
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
    default: {
      const checks = values.admissibility ?? {};
      const admissibility: Admissibility = {
        standing: !!checks.standing,
        definiteRespondent: !!checks.definiteRespondent,
        definiteClaims: !!checks.definiteClaims,
        withinJurisdiction: !!checks.withinJurisdiction,
        noSuitOrOtherAgreement: !!checks.noSuitOrOtherAgreement,
        patentInForce: !!checks.patentInForce,
        infringementKnownOn: checks.infringementKnownOn?.format('YYYY-MM-DD') ?? '',
        continuingInfringement: !!checks.continuingInfringement,
      };
      return {
        decision: 'ACCEPT',
        reasons,
        panelMembers: values.panelMembers ?? [],
        leadOfficer: values.leadOfficer,
        admissibility,
        repeatInfringement: !!values.repeatInfringement,
        earlierDecision: values.repeatInfringement ? values.earlierDecision?.trim() : undefined,
      };
    }
  }
}

/**
 * Order 81 art. 12, 19, 20, 34: the panel, the conditions of acceptance (the patent in force among them;
 * the 3-year limit is not one), and a repeat infringement.
 * The officers who may sit on the panel are the choices the server's description of the step gives.
 */
function AcceptFields({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const description = useTaskForm(taskId);
  const options = description.data?.fields.find((field) => field.name === 'panelMembers')?.choices ?? [];
  const oddPanel = {
    validator: (_: unknown, members: string[] | undefined) =>
      members && members.length >= 3 && members.length % 2 === 1
        ? Promise.resolve()
        : Promise.reject(new Error(t('review.panelOdd'))),
  };
  const checked = {
    validator: (_: unknown, value: boolean | undefined) =>
      value ? Promise.resolve() : Promise.reject(new Error(t('review.conditionRequired'))),
  };
  return (
    <>
      <Form.Item name="panelMembers" label={t('review.panel')} extra={t('review.panelHint')} rules={[oddPanel]}>
        <Select mode="multiple" options={options} loading={description.isPending} />
      </Form.Item>
      <Form.Item noStyle dependencies={['panelMembers']}>
        {({ getFieldValue }) => (
          <Form.Item name="leadOfficer" label={t('review.lead')}>
            <Select
              allowClear
              options={options.filter((o) => ((getFieldValue('panelMembers') as string[]) ?? []).includes(o.value))}
            />
          </Form.Item>
        )}
      </Form.Item>
      <fieldset className="review-missing-items">
        <legend>{t('review.admissibility')}</legend>
        {CONDITIONS.map((condition) => (
          <Form.Item key={condition} name={['admissibility', condition]} valuePropName="checked" rules={[checked]}>
            <Checkbox>{t(`review.${condition}`)}</Checkbox>
          </Form.Item>
        ))}
        <Form.Item
          name={['admissibility', 'infringementKnownOn']}
          label={t('review.knownOn')}
          rules={[{ required: true, message: t('review.knownOnRequired') }]}
        >
          <DatePicker disabledDate={(date) => date.isAfter(todayInOffice(), 'day')} />
        </Form.Item>
        <Form.Item name={['admissibility', 'continuingInfringement']} valuePropName="checked">
          <Checkbox>{t('review.continuing')}</Checkbox>
        </Form.Item>
      </fieldset>
      <Form.Item name="repeatInfringement" valuePropName="checked">
        <Checkbox>{t('review.repeat')}</Checkbox>
      </Form.Item>
      <Form.Item noStyle dependencies={['repeatInfringement']}>
        {({ getFieldValue }) =>
          getFieldValue('repeatInfringement') ? (
            <Form.Item
              name="earlierDecision"
              label={t('review.earlierDecision')}
              rules={[{ required: true, whitespace: true, message: t('review.earlierDecisionRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </>
  );
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
              {decision === 'ACCEPT' && <AcceptFields taskId={taskId} />}
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
