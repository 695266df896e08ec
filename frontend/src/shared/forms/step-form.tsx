import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Switch,
  type UploadFile,
} from 'antd';
import type { FormListFieldData, Rule, RuleObject } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { OFFICE_TIME_ZONE } from '@/shared/lib/format';
import { EvidenceUpload, filesOf, totalSizeRule } from '@/shared/ui/evidence-upload';
import { showProblemOnForm } from './show-problem';

export type Option = { value: string; label: string };
export type Values = Record<string, unknown>;

type Common = {
  name: string;
  label: string;
  required?: boolean;
  /** Shown under the field: the rule of the law it follows, or what to write. */
  hint?: ReactNode;
  /** Drawn only when the form's values call for it (a reason when refusing, say). */
  visible?: (values: Values) => boolean;
  /** Required only when the form's values call for it (comments with a refusal, say). */
  requiredWhen?: (values: Values) => boolean;
};

/**
 * One field of a step's form. Dates travel as YYYY-MM-DD, instants as ISO 8601 with Chongqing's
 * offset, money as a decimal string: the server's forms read them exactly so.
 */
export type Field = Common &
  (
    | { kind: 'text' | 'textarea'; max?: number }
    | { kind: 'date'; disabledDate?: (date: Dayjs) => boolean }
    | { kind: 'datetime'; disabledDate?: (date: Dayjs) => boolean }
    | { kind: 'radio' | 'select'; options: Option[] }
    | { kind: 'multiselect' | 'checkboxes'; options: Option[] }
    | { kind: 'switch' }
    | { kind: 'integer'; min?: number; max?: number }
    | { kind: 'money' }
    | { kind: 'files' }
    | { kind: 'lines'; max?: number; addLabel: string; removeLabel: (index: number) => string }
    | { kind: 'list'; fields: Field[]; addLabel: string; removeLabel: (index: number) => string }
    | { kind: 'group'; fields: Field[] }
  );

type Props = {
  fields: Field[];
  submitLabel: string;
  /** Sends the values; the form shows the server's field errors where they belong. */
  onSubmit: (values: Values) => Promise<unknown>;
  onDone: () => void;
  initialValues?: Values;
  ariaLabel: string;
  intro?: ReactNode;
};

function toWire(field: Field, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  switch (field.kind) {
    case 'date':
      return (value as Dayjs).format('YYYY-MM-DD');
    case 'datetime':
      // as the officer reads it on the wall clock in Chongqing
      return dayjs.tz((value as Dayjs).format('YYYY-MM-DDTHH:mm'), OFFICE_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
    case 'money':
      return Number(value).toFixed(2);
    case 'text':
    case 'textarea':
      return String(value).trim() || undefined;
    case 'list':
      return (value as Values[]).map((item) => wire(field.fields, item));
    case 'group':
      return wire(field.fields, value as Values);
    case 'lines':
      return (value as (string | undefined)[]).map((line) => (line ?? '').trim());
    case 'files':
      return filesOf(value as UploadFile[]);
    default:
      return value;
  }
}

function wire(fields: Field[], values: Values): Values {
  const out: Values = {};
  for (const field of fields) {
    if (field.visible && !field.visible(values)) continue;
    const value = toWire(field, values[field.name]);
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/**
 * A field entered any number of times (lines of text, or groups of fields): a fieldset with a
 * remove button per entry and an add button under them.
 */
function RepeatedEntries({
  field,
  name,
  blank,
  children,
}: {
  field: Common & { addLabel: string; removeLabel: (index: number) => string };
  name: (string | number)[];
  blank: unknown;
  children: (entry: FormListFieldData, index: number, removeButton: ReactNode) => ReactNode;
}) {
  return (
    <Form.List name={name}>
      {(items, { add, remove }) => (
        <fieldset className="step-form-list">
          <legend>{field.label}</legend>
          {items.map((entry, index) =>
            children(
              entry,
              index,
              <Button icon={<DeleteOutlined />} onClick={() => remove(entry.name)}>
                {field.removeLabel(index + 1)}
              </Button>,
            ),
          )}
          <Form.Item extra={field.hint}>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank)}>
              {field.addLabel}
            </Button>
          </Form.Item>
        </fieldset>
      )}
    </Form.List>
  );
}

function FieldInput({ field, name, t }: { field: Field; name: (string | number)[]; t: (key: string) => string }) {
  // `whitespace` only on text: on a date or a choice even `whitespace: false` fails every value
  const textual = field.kind === 'text' || field.kind === 'textarea';
  const requirement = (required: boolean): RuleObject =>
    textual ? { required, whitespace: true, message: t('form.required') } : { required, message: t('form.required') };
  const { requiredWhen } = field;
  // read the other values when validating, not from the last render: a submit right after a
  // choice must already require what it calls for
  const rules: Rule[] = field.required
    ? [requirement(true)]
    : requiredWhen
      ? [({ getFieldsValue }) => requirement(requiredWhen(getFieldsValue(true) as Values))]
      : [];
  const item = (control: ReactNode, extra: Partial<Parameters<typeof Form.Item>[0]> = {}) => (
    <Form.Item key={name.join('.')} name={name} label={field.label} rules={rules} extra={field.hint} {...extra}>
      {control}
    </Form.Item>
  );
  switch (field.kind) {
    case 'text':
      return item(<Input maxLength={field.max ?? 500} />);
    case 'textarea':
      return item(<Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={field.max ?? 5000} />);
    case 'date':
      return item(<DatePicker disabledDate={field.disabledDate} />);
    case 'datetime':
      return item(
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={field.disabledDate} />,
      );
    case 'radio':
      return item(<Radio.Group options={field.options} />);
    case 'select':
      return item(<Select options={field.options} allowClear={!field.required} />);
    case 'multiselect':
      return item(<Select mode="multiple" options={field.options} />);
    case 'checkboxes':
      return item(<Checkbox.Group options={field.options} />);
    case 'switch':
      return item(<Switch />, { valuePropName: 'checked' });
    case 'integer':
      return item(<InputNumber min={field.min} max={field.max} precision={0} />);
    case 'money':
      return item(<InputNumber min={0} precision={2} step={1000} style={{ width: 200 }} />);
    case 'files':
      return (
        <Form.Item
          key={name.join('.')}
          name={name}
          label={field.label}
          extra={field.hint ?? t('upload.hint')}
          rules={[
            totalSizeRule(t('upload.tooLargeInAll')),
            ...(field.required
              ? [
                  {
                    validator: (_: unknown, list?: UploadFile[]) =>
                      list?.length ? Promise.resolve() : Promise.reject(new Error(t('form.required'))),
                  },
                ]
              : []),
          ]}
        >
          <EvidenceUpload />
        </Form.Item>
      );
    case 'lines':
      return (
        <RepeatedEntries key={name.join('.')} field={field} name={name} blank="">
          {(entry, index, removeButton) => (
            <Flex key={entry.key} gap="small" align="baseline">
              <Form.Item
                name={entry.name}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
                style={{ flex: 1 }}
              >
                <Input maxLength={field.max ?? 500} aria-label={`${field.label} ${index + 1}`} />
              </Form.Item>
              {removeButton}
            </Flex>
          )}
        </RepeatedEntries>
      );
    case 'group':
      return (
        <fieldset key={name.join('.')} className="step-form-list">
          <legend>{field.label}</legend>
          {field.fields.map((sub) => (
            <FieldInput key={sub.name} field={sub} name={[...name, sub.name]} t={t} />
          ))}
        </fieldset>
      );
    case 'list':
      return (
        <RepeatedEntries key={name.join('.')} field={field} name={name} blank={{}}>
          {(entry, _index, removeButton) => (
            <Flex key={entry.key} vertical style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
              {field.fields.map((sub) => (
                <FieldInput key={sub.name} field={sub} name={[entry.name, sub.name]} t={t} />
              ))}
              <Form.Item>{removeButton}</Form.Item>
            </Flex>
          )}
        </RepeatedEntries>
      );
  }
}

/**
 * The form of one step of a procedure: a task's completion or a party's request. Fields are
 * declared with their labels and rules; what the server refuses comes back under the field it
 * names, the rest above the button.
 */
export function StepForm({ fields, submitLabel, onSubmit, onDone, initialValues, ariaLabel, intro }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState(false);
  const [detail, setDetail] = useState<string | null>(null);

  const onFinish = async (values: Values) => {
    setDetail(null);
    setPending(true);
    try {
      await onSubmit(wire(fields, values));
      onDone();
    } catch (error) {
      if (!isApiError(error)) setDetail(t('form.failed'));
      else {
        const unmatched = showProblemOnForm(form, error.problem);
        setDetail([error.problem.detail, ...unmatched.map((e) => e.message)].filter(Boolean).join(' '));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void onFinish(values)}
      disabled={pending}
      aria-label={ariaLabel}
    >
      {intro}
      <Form.Item noStyle shouldUpdate>
        {({ getFieldsValue }) => {
          const values = getFieldsValue(true) as Values;
          return fields
            .filter((field) => !field.visible || field.visible(values))
            .map((field) => <FieldInput key={field.name} field={field} name={[field.name]} t={t} />);
        }}
      </Form.Item>
      {detail && <Alert type="error" showIcon role="alert" title={detail} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Form>
  );
}
