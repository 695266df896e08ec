import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInOffice } from '@/shared/lib/format';

/** What the office records happened today or before: later days are not offered. */
export const notAfterToday = (day: Dayjs) => day.isAfter(todayInOffice(), 'day');

type ItemProps = { name: string; label: string };

/** Text the officer must give, and more than blanks. */
export function TextItem({ name, label, children }: ItemProps & { children: ReactNode }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true }]}>
      {children}
    </Form.Item>
  );
}

/** A day that has come, which the officer must give. */
export function PastDateItem({ name, label }: ItemProps) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <DatePicker disabledDate={notAfterToday} />
    </Form.Item>
  );
}

/** One of a few values, each worded by its key under `words` (penalty.seizures.kinds.SEIZURE, say). */
export function ChoiceItem({
  name,
  label,
  values,
  words,
  required,
}: ItemProps & { values: readonly string[]; words: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : undefined}>
      <Select options={values.map((value) => ({ value, label: t(`${words}.${value}`, { defaultValue: value }) }))} />
    </Form.Item>
  );
}
