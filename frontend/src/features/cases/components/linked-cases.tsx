import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/shared/lib/format';
import type { LinkedCase } from '../types';
import { StageTag } from './stage-tag';

/** Cases of the same patent or the same respondent, which an office may merge or weigh together. */
export function LinkedCases({ cases, caseLink }: { cases: LinkedCase[]; caseLink: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('caseView.linkedCases')}>
      {cases.length === 0 ? (
        <Typography.Text type="secondary">{t('caseView.noLinkedCases')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={cases}
          renderItem={(linked) => (
            <List.Item>
              <Link to={caseLink(linked.id)}>{linked.caseNumber}</Link>
              <span>
                <Tag>{t(`caseView.link.${linked.link}`)}</Tag>
                <StageTag stage={linked.stage} /> {formatDate(linked.filedAt)}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
