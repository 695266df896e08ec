import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../types';
import { StageTag } from './stage-tag';

export function CaseHeader({
  kase,
  backTo,
}: {
  kase: Pick<CaseDetail, 'caseNumber' | 'stage' | 'patent'>;
  backTo: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <Link to={backTo}>
        <ArrowLeftOutlined aria-hidden /> {t('case.back')}
      </Link>
      <Flex align="center" gap="small" wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {kase.caseNumber}
        </Typography.Title>
        <StageTag stage={kase.stage} />
      </Flex>
      {kase.patent && (
        <Typography.Text type="secondary">
          {kase.patent.number} · {kase.patent.title}
        </Typography.Text>
      )}
    </Flex>
  );
}
