import { Button, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AnswerForm } from '@/features/adjudication/components/case-steps';
import { useCase } from '@/features/cases/api/get-case';
import { CaseHeader } from '@/features/cases/components/case-header';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';

/** The respondent's answer page (Order 81 art. 22): the answer and its evidence, within the period. */
export function PortalAnswerRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const kase = useCase(id);
  if (kase.isPending) return <PageSpinner />;
  if (kase.isError) return <QueryError error={kase.error} onRetry={() => void kase.refetch()} />;
  const back = `/portal/cases/${id}`;
  return (
    <Flex vertical gap="middle">
      <CaseHeader kase={kase.data} backTo={back} />
      <Card title={t('adj.steps.answerPage')}>
        <AnswerForm kase={kase.data} onDone={() => navigate(back)} />
      </Card>
      <div>
        <Button onClick={() => navigate(back)}>{t('adj.steps.back')}</Button>
      </div>
    </Flex>
  );
}
