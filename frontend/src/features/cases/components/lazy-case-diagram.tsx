import { Card } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/shared/ui/page-spinner';

// bpmn-js is the largest dependency and only staff look at diagrams: load it on demand.
const CaseDiagram = lazy(() => import('./case-diagram').then((module) => ({ default: module.CaseDiagram })));

export function LazyCaseDiagram({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('case.diagram')}>
      <Suspense fallback={<PageSpinner />}>
        <CaseDiagram caseId={caseId} />
      </Suspense>
    </Card>
  );
}
