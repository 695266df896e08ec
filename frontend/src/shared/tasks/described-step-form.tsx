import { Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { StepForm, type Field, type Values } from '@/shared/forms/step-form';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { useCompleteTask } from './complete-task';
import { useTaskForm, type Condition, type FieldDescription } from './get-task-form';

type Props = { taskId: string; onCompleted: () => void };

/** How a value reads in a condition: as it would in JSON (an enum's name, "true", "false"). */
function holds(condition: Condition, values: Values): boolean {
  const value = values[condition.field];
  return value !== undefined && value !== null && condition.is.includes(String(value));
}

function dateBounds(field: FieldDescription) {
  const notBefore = field.notBefore ? dayjs(field.notBefore) : null;
  const notAfter = field.notAfter ? dayjs(field.notAfter) : null;
  if (!notBefore && !notAfter) return undefined;
  return (date: Dayjs) =>
    (notBefore !== null && date.isBefore(notBefore, 'day')) || (notAfter !== null && date.isAfter(notAfter, 'day'));
}

/** The server's description of a field as the step form draws it. */
export function toField(field: FieldDescription): Field {
  const common = {
    name: field.name,
    label: field.label,
    hint: field.hint ?? undefined,
    required: field.required,
    visible: field.shownWhen.length ? (v: Values) => field.shownWhen.every((c) => holds(c, v)) : undefined,
    requiredWhen: field.requiredWhen ? (v: Values) => holds(field.requiredWhen!, v) : undefined,
  };
  const options = field.choices ?? [];
  const removeLabel = (index: number) => (field.removeLabel ?? '').replace('{index}', String(index));
  switch (field.kind) {
    case 'TEXT':
      return { ...common, kind: 'text', max: field.maxLength ?? undefined };
    case 'TEXTAREA':
      return { ...common, kind: 'textarea', max: field.maxLength ?? undefined };
    case 'DATE':
      return { ...common, kind: 'date', disabledDate: dateBounds(field) };
    case 'DATETIME':
      return { ...common, kind: 'datetime', disabledDate: dateBounds(field) };
    case 'RADIO':
      return { ...common, kind: 'radio', options };
    case 'SELECT':
      return { ...common, kind: 'select', options };
    case 'CHECKBOXES':
      return { ...common, kind: 'checkboxes', options };
    case 'MULTISELECT':
      return { ...common, kind: 'multiselect', options };
    case 'SWITCH':
      return { ...common, kind: 'switch' };
    case 'INTEGER':
      return { ...common, kind: 'integer', min: field.min ?? undefined, max: field.max ?? undefined };
    case 'MONEY':
      return { ...common, kind: 'money' };
    case 'LINES':
      return {
        ...common,
        kind: 'lines',
        max: field.maxLength ?? undefined,
        addLabel: field.addLabel ?? '',
        removeLabel,
      };
    case 'LIST':
      return {
        ...common,
        kind: 'list',
        fields: (field.fields ?? []).map(toField),
        addLabel: field.addLabel ?? '',
        removeLabel,
      };
    case 'GROUP':
      return { ...common, kind: 'group', fields: (field.fields ?? []).map(toField) };
  }
}

/** Dates arrive as text; the date pickers hold them as days. */
function formValues(fields: FieldDescription[], values: unknown): Values {
  const out: Values = { ...((values as Values | null | undefined) ?? {}) };
  for (const field of fields) {
    const value = out[field.name];
    if ((field.kind === 'DATE' || field.kind === 'DATETIME') && typeof value === 'string')
      out[field.name] = dayjs(value);
  }
  return out;
}

/**
 * The form of a task whose step the server describes: every simple step of every procedure is
 * drawn here from its description, and checked again by the server on completion.
 */
export function DescribedStepForm({ taskId, onCompleted }: Props) {
  const { t } = useTranslation();
  const description = useTaskForm(taskId);
  const complete = useCompleteTask();
  if (description.isPending) return <PageSpinner />;
  if (description.isError) return <QueryError error={description.error} onRetry={() => void description.refetch()} />;
  const { fields, intro, submitLabel, initialValues } = description.data;
  return (
    <StepForm
      fields={fields.map(toField)}
      submitLabel={submitLabel}
      ariaLabel={t('task.form')}
      intro={intro ? <Typography.Paragraph>{intro}</Typography.Paragraph> : undefined}
      initialValues={formValues(fields, initialValues)}
      onSubmit={(values) => complete.mutateAsync({ taskId, values })}
      onDone={onCompleted}
    />
  );
}
