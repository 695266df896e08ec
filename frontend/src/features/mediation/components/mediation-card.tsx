import { Alert, App, Button, Card, Descriptions, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepForm } from '@/shared/forms/step-form';
import { formatDateTime } from '@/shared/lib/format';
import { requestMediation, stateOpinion, useRefresh } from '../api/mediation';
import type { MediationView } from '../types';

type Item = { key: string; label: string; children: React.ReactNode };

/**
 * The case's mediation: where it stands, the routes to an enforceable agreement, and for a party
 * the steps it may take now (ask for mediation; as the other side, state whether it agrees).
 */
export function MediationCard({ caseId, view }: { caseId: string; view: MediationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefresh();
  const [open, setOpen] = useState<'REQUEST_MEDIATION' | 'STATE_OPINION' | null>(null);
  const m = view.mediation;
  const items: Item[] = [];
  if (m) {
    items.push({ key: 'subject', label: t('mediation.subject'), children: t(`mediation.subjects.${m.subject}`) });
    items.push({ key: 'by', label: t('mediation.requestedBy'), children: t(`partyRole.${m.requesterRole}`) });
    items.push({
      key: 'request',
      label: t('mediation.request'),
      children: (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{m.request}</Typography.Paragraph>
      ),
    });
    if (view.opinionDueOn && !m.opinion) {
      items.push({ key: 'due', label: t('mediation.opinionDue'), children: view.opinionDueOn });
    }
    if (m.opinion)
      items.push({ key: 'opinion', label: t('mediation.opinion'), children: t(`mediation.opinions.${m.opinion}`) });
    if (m.sessionStartsAt) {
      items.push({
        key: 'session',
        label: t('mediation.session'),
        children: `${formatDateTime(m.sessionStartsAt)} ${m.sessionPlace ?? ''}`,
      });
    }
    if (m.outcome)
      items.push({ key: 'outcome', label: t('mediation.outcome'), children: t(`mediation.outcomes.${m.outcome}`) });
    if (m.agreementTerms) items.push({ key: 'terms', label: t('mediation.terms'), children: m.agreementTerms });
    if (m.paymentAmount !== null && m.paymentAmount !== undefined) {
      items.push({ key: 'amount', label: t('mediation.amount'), children: Number(m.paymentAmount).toFixed(2) });
    }
  }

  return (
    <Card title={t('mediation.title')} size="small" data-testid="mediation-card">
      <Flex vertical gap="small">
        {items.length > 0 && <Descriptions size="small" column={1} items={items} />}
        {view.notarisationRoute && <Alert type="info" showIcon title={t('mediation.notarisation')} />}
        {view.notarisationRoute && view.judicialConfirmationAvailable && (
          <Alert type="info" showIcon title={t('mediation.judicialConfirmation')} />
        )}
        {view.steps.includes('REQUEST_MEDIATION') && (
          <>
            <Typography.Text type="secondary">{t('mediation.requestHint')}</Typography.Text>
            <div>
              <Button onClick={() => setOpen('REQUEST_MEDIATION')}>{t('mediation.requestAction')}</Button>
            </div>
          </>
        )}
        {view.steps.includes('STATE_OPINION') && (
          <div>
            <Button type="primary" onClick={() => setOpen('STATE_OPINION')}>
              {t('mediation.stateOpinion')}
            </Button>
          </div>
        )}
      </Flex>
      <Modal
        open={open !== null}
        title={open === 'STATE_OPINION' ? t('mediation.stateOpinion') : t('mediation.requestAction')}
        footer={null}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        {open === 'REQUEST_MEDIATION' && (
          <StepForm
            ariaLabel={t('mediation.requestAction')}
            submitLabel={t('mediation.submit')}
            fields={[{ name: 'request', kind: 'textarea', label: t('mediation.request'), required: true }]}
            onSubmit={(values) => requestMediation(caseId, String(values.request))}
            onDone={() => {
              setOpen(null);
              void message.success(t('mediation.success'));
              refresh();
            }}
          />
        )}
        {open === 'STATE_OPINION' && (
          <StepForm
            ariaLabel={t('mediation.stateOpinion')}
            submitLabel={t('mediation.submit')}
            initialValues={{ consents: true }}
            fields={[
              { name: 'consents', kind: 'switch', label: t('mediation.consents') },
              { name: 'opinion', kind: 'textarea', label: t('mediation.opinionText') },
            ]}
            onSubmit={(values) => stateOpinion(caseId, values.consents === true, values.opinion as string | undefined)}
            onDone={() => {
              setOpen(null);
              void message.success(t('mediation.success'));
              refresh();
            }}
          />
        )}
      </Modal>
    </Card>
  );
}
