import { Alert, Button, Flex, Form, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from './show-problem';

type Props<V> = {
  form: FormInstance<V>;
  /** The form's name to assistive technology: the page's title. */
  title: string;
  intro: ReactNode;
  submitLabel: string;
  initialValues: Partial<V>;
  /** Sends the application; a refusal comes back as the server's problem. */
  onSubmit: (values: V) => Promise<unknown>;
  /** The server's name of a field as the form names it, where they differ. */
  fieldOf?: (serverField: string) => string;
  /** Its sections: the office, the parties, the patent, what is asked, the files. */
  children: ReactNode;
};

/**
 * A person's application in the portal (an injunction, assistance, a mediation), sent whole: what
 * the server refuses comes back under the field it names, the rest above the button.
 */
export function ApplicationForm<V extends object>({
  form,
  title,
  intro,
  submitLabel,
  initialValues,
  onSubmit,
  fieldOf = (field) => field,
  children,
}: Props<V>) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async (values: V) => {
    setFailure(null);
    setPending(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (!isApiError(error)) setFailure(String(error));
      else {
        const errors = error.problem.errors?.map((e) => ({ ...e, field: fieldOf(e.field) }));
        const unmatched = showProblemOnForm(form, { ...error.problem, errors });
        setFailure([error.problem.detail, ...unmatched.map((e) => `${e.field}: ${e.message}`)].join(' '));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Form<V>
      form={form}
      layout="vertical"
      aria-label={title}
      initialValues={initialValues}
      onFinish={(values) => void onFinish(values)}
      disabled={pending}
      scrollToFirstError={{ block: 'center' }}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {intro}
        </Typography.Paragraph>
        {children}
        {failure && <Alert type="error" showIcon role="alert" title={failure} />}
        <Button type="primary" htmlType="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
