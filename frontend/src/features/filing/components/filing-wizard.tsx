import { Alert, Button, Descriptions, Flex, Form, Steps, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffices } from '@/shared/api/get-offices';
import { isApiError, type FieldError } from '@/shared/api/problem';
import { OfficeField } from '@/shared/forms/office-field';
import { PartyFields } from '@/shared/forms/party-fields';
import { PatentFields } from '@/shared/forms/patent-fields';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { formatBytes, formatDateTime } from '@/shared/lib/format';
import { FormSection } from '@/shared/ui/form-section';
import { createDraft, saveDraft, useFileDraft, type Draft, type DraftFile } from '../api/filing-drafts';
import type { FiledCase } from '../api/file-infringement-dispute';
import { fromDraftContent, INITIAL_FILING_VALUES, toDraftContent, type FilingFormValues } from '../lib/filing-values';
import { DraftEvidence } from './draft-evidence';
import { RequestFields } from './filing-sections';

type Props = {
  /** A draft to resume, as loaded from the server. */
  draft?: Draft;
  onDraftCreated?: (id: string) => void;
  onFiled: (filed: FiledCase) => void;
  onCancel?: () => void;
};

const STEPS = ['office', 'respondent', 'patent', 'evidence', 'review'] as const;
const AUTOSAVE_MS = 1500;

/** Which step holds the field a server error names. */
export function stepOfField(field: string): number {
  if (field === 'officeId' || field.startsWith('requester')) return 0;
  if (field.startsWith('respondent')) return 1;
  if (field.startsWith('evidence') || field.startsWith('file')) return 3;
  return 2;
}

/**
 * The request (请求书, Order 81 art. 15) in five steps, each checked before the next; kept as a
 * draft on the server as it is typed, so it can be left and resumed; evidence uploaded file by
 * file with its progress; the whole request checked once more by the server when filed.
 */
export function FilingWizard({ draft, onDraftCreated, onFiled, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FilingFormValues>();
  const offices = useOffices();
  const file = useFileDraft();
  const [step, setStep] = useState(0);
  const [files, setFiles] = useState<DraftFile[]>(draft?.files ?? []);
  const [savedAt, setSavedAt] = useState<string | null>(draft?.updatedAt ?? null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<{ detail?: string; messages: string[] } | null>(null);
  const pendingErrors = useRef<FieldError[] | null>(null);
  const draftId = useRef<string | undefined>(draft?.id);
  const creating = useRef<Promise<string> | null>(null);
  const autosave = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(autosave.current), []);

  // Server errors for fields of another step are shown once that step's fields are there.
  useEffect(() => {
    if (!pendingErrors.current) return;
    showProblemOnForm(form, { status: 400, errors: pendingErrors.current });
    pendingErrors.current = null;
  }, [step, form]);

  const ensureDraft = (): Promise<string> => {
    if (draftId.current) return Promise.resolve(draftId.current);
    creating.current ??= createDraft(toDraftContent(form.getFieldsValue(true))).then((created) => {
      draftId.current = created.id;
      setSavedAt(created.updatedAt);
      onDraftCreated?.(created.id);
      return created.id;
    });
    return creating.current;
  };

  const save = async () => {
    clearTimeout(autosave.current);
    try {
      const id = await ensureDraft();
      const saved = await saveDraft({ id, content: toDraftContent(form.getFieldsValue(true)) });
      setSavedAt(saved.updatedAt);
      setSaveError(null);
    } catch (error) {
      setSaveError(t('wizard.saveFailed', { detail: isApiError(error) ? error.problem.detail : String(error) }));
    }
  };

  const goTo = async (next: number) => {
    if (next > step && STEPS[step] !== 'evidence') {
      try {
        await form.validateFields();
      } catch {
        return;
      }
    }
    void save();
    setStep(next);
  };

  const onSubmit = async () => {
    setSubmitError(null);
    await save();
    file.mutate(draftId.current!, {
      onSuccess: (filed) => onFiled(filed),
      onError: (error) => {
        if (!isApiError(error)) return setSubmitError({ detail: String(error), messages: [] });
        const errors = error.problem.errors ?? [];
        if (errors.length) {
          const first = Math.min(...errors.map((e) => stepOfField(e.field)));
          pendingErrors.current = errors;
          setStep(first);
          setSubmitError({
            detail: `${error.problem.detail ?? ''} ${t('wizard.fixStep', { step: t(`wizard.steps.${STEPS[first]}`) })}`,
            // files have no field to show their message under
            messages: errors.filter((e) => stepOfField(e.field) === 3).map((e) => e.message),
          });
        } else {
          setSubmitError({ detail: error.problem.detail, messages: [] });
        }
      },
    });
  };

  const values = form.getFieldsValue(true) as FilingFormValues;
  const office = offices.data?.find((o) => o.id === values.officeId);
  const stepTitle = (key: (typeof STEPS)[number]) => t(`wizard.steps.${key}`);

  return (
    <Flex vertical gap="middle">
      <Steps
        current={step}
        size="small"
        items={STEPS.map((key) => ({ title: stepTitle(key) }))}
        aria-label={t('wizard.stepOf', { current: step + 1, total: STEPS.length, title: stepTitle(STEPS[step]) })}
      />
      <Typography.Text type="secondary" aria-live="polite">
        {saveError ?? (savedAt ? t('wizard.savedAt', { time: formatDateTime(savedAt) }) : t('filing.intro'))}
      </Typography.Text>
      <Form<FilingFormValues>
        form={form}
        layout="vertical"
        initialValues={draft ? fromDraftContent(draft.content) : INITIAL_FILING_VALUES}
        onValuesChange={() => {
          clearTimeout(autosave.current);
          autosave.current = setTimeout(() => void save(), AUTOSAVE_MS);
        }}
        scrollToFirstError={{ block: 'center' }}
        disabled={file.isPending}
      >
        {STEPS[step] === 'office' && (
          <Flex vertical gap="middle">
            <FormSection title={t('filing.sections.office')}>
              <OfficeField hint={t('filing.officeHint')} />
            </FormSection>
            <FormSection title={t('filing.sections.requester')}>
              <PartyFields prefix="requester" identityRequired />
            </FormSection>
          </Flex>
        )}
        {STEPS[step] === 'respondent' && (
          <FormSection title={t('filing.sections.respondent')}>
            <PartyFields prefix="respondent" identityRequired={false} />
          </FormSection>
        )}
        {STEPS[step] === 'patent' && (
          <Flex vertical gap="middle">
            <FormSection title={t('filing.sections.patent')}>
              <PatentFields />
            </FormSection>
            <FormSection title={t('filing.sections.requests')}>
              <RequestFields />
            </FormSection>
          </Flex>
        )}
        {STEPS[step] === 'evidence' && (
          <FormSection title={t('filing.sections.evidence')}>
            <Typography.Paragraph type="secondary">
              {t('wizard.evidenceIntro')} {t('upload.hint')}
            </Typography.Paragraph>
            <DraftEvidence ensureDraft={ensureDraft} initialFiles={files} onChange={setFiles} />
          </FormSection>
        )}
        {STEPS[step] === 'review' && (
          <FormSection title={stepTitle('review')}>
            <Typography.Paragraph>{t('wizard.reviewIntro')}</Typography.Paragraph>
            <Descriptions
              bordered
              size="small"
              column={1}
              items={[
                {
                  key: 'office',
                  label: t('filing.officeId'),
                  children: office ? (i18n.language === 'en' ? office.nameEn : office.nameZh) : '—',
                },
                {
                  key: 'requester',
                  label: t('filing.sections.requester'),
                  children: [values.requester?.name, values.requester?.idNumber, values.requester?.address]
                    .filter(Boolean)
                    .join(' · '),
                },
                {
                  key: 'respondent',
                  label: t('filing.sections.respondent'),
                  children: [values.respondent?.name, values.respondent?.idNumber, values.respondent?.address]
                    .filter(Boolean)
                    .join(' · '),
                },
                {
                  key: 'patent',
                  label: t('filing.sections.patent'),
                  children: [
                    values.patent?.number,
                    values.patent?.type && t(`patentType.${values.patent.type}`),
                    values.patent?.title,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                },
                { key: 'claims', label: t('filing.claims'), children: (values.claims ?? []).join('、') },
                {
                  key: 'facts',
                  label: t('filing.factsAndReasons'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{values.factsAndReasons}</span>,
                },
                { key: 'measures', label: t('filing.requestedMeasures'), children: values.requestedMeasures },
                {
                  key: 'evidence',
                  label: t('filing.sections.evidence'),
                  children: files.length ? (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {files.map((f) => (
                        <li key={f.id}>
                          {f.fileName} ({formatBytes(f.sizeBytes)})
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t('wizard.noEvidence')
                  ),
                },
              ]}
            />
          </FormSection>
        )}
      </Form>
      {submitError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={submitError.detail ?? t('filing.failed')}
          description={
            submitError.messages.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {submitError.messages.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Flex gap="small" wrap>
        {step > 0 && <Button onClick={() => void goTo(step - 1)}>{t('wizard.previous')}</Button>}
        {step < STEPS.length - 1 && (
          <Button type="primary" onClick={() => void goTo(step + 1)}>
            {t('wizard.next')}
          </Button>
        )}
        {step === STEPS.length - 1 && (
          <Button type="primary" loading={file.isPending} onClick={() => void onSubmit()}>
            {t('filing.submit')}
          </Button>
        )}
        <Button onClick={() => void save()}>{t('wizard.saveDraft')}</Button>
        {onCancel && <Button onClick={onCancel}>{t('filing.cancel')}</Button>}
      </Flex>
    </Flex>
  );
}
