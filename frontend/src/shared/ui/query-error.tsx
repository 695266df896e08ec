import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';

type Props = { error: unknown; onRetry?: () => void };

export function QueryError({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const detail = isApiError(error) ? error.problem.detail : t('errors.network');
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.loadFailed')}
      description={detail}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )
      }
    />
  );
}
