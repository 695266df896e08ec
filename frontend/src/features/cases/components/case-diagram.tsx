import { Alert, Typography } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '@/shared/ui/page-spinner';
import { QueryError } from '@/shared/ui/query-error';
import { useCaseDiagram } from '../api/get-case-diagram';
import './case-diagram.css';

/** The case's process, read-only: done steps in green, the step(s) it waits in now in blue, what may come next dashed. */
export function CaseDiagram({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const diagram = useCaseDiagram(caseId);
  const containerRef = useRef<HTMLDivElement>(null);
  const [importFailed, setImportFailed] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!diagram.data || !container) return;
    const { bpmnXml, activeActivityIds, completedActivityIds, nextActivityIds = [] } = diagram.data;
    const viewer = new NavigatedViewer({ container });
    let destroyed = false;

    viewer
      .importXML(bpmnXml)
      .then(() => {
        if (destroyed) return;
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        canvas.zoom('fit-viewport');
        // An id the model does not know (e.g. after a redeployment) is skipped, not fatal.
        const mark = (ids: string[], marker: string) =>
          ids.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
        mark(completedActivityIds, 'highlight-done');
        mark(activeActivityIds, 'highlight-active');
        mark(nextActivityIds, 'highlight-next');
        setImportFailed(false);
      })
      .catch(() => {
        if (!destroyed) setImportFailed(true);
      });

    return () => {
      destroyed = true;
      viewer.destroy();
    };
  }, [diagram.data]);

  if (diagram.isPending) return <PageSpinner />;
  if (diagram.isError) return <QueryError error={diagram.error} onRetry={() => void diagram.refetch()} />;
  return (
    <>
      {importFailed && <Alert type="error" showIcon title={t('case.diagramFailed')} />}
      <div ref={containerRef} className="case-diagram" role="img" aria-label={t('case.diagram')} />
      <Typography.Text type="secondary">
        {t('case.diagramLegend')} · {t('caseView.diagramNext')}
      </Typography.Text>
    </>
  );
}
