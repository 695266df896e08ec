import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Board, BoardFilter, Standing } from '../types';

const ORDER: (Standing | 'EXTENDED')[] = ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'PAUSED', 'EXTENDED'];
const COLOURS: Record<Standing | 'EXTENDED', string> = {
  OVERDUE: '#cf1322',
  DUE_SOON: '#d46b08',
  ON_TRACK: '#389e0d',
  PAUSED: '#0958d9',
  EXTENDED: '#531dab',
};

/** How many periods stand where; each count is a button that narrows the board to it. */
export function StandingSummary({
  totals,
  filter,
  onFilter,
}: {
  totals?: Board['totals'];
  filter: BoardFilter;
  onFilter: (status?: BoardFilter['status']) => void;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]}>
      {ORDER.map((standing) => {
        const active = filter.status === standing;
        return (
          <Col key={standing} xs={12} sm={8} md={4} style={{ flex: '1 1 0' }}>
            <Card
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={active}
              aria-label={`${t('sla.filterBy', { standing: t(`sla.standing.${standing}`) })}: ${totals?.[standing] ?? 0}`}
              onClick={() => onFilter(active ? undefined : standing)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onFilter(active ? undefined : standing);
                }
              }}
              style={{ borderColor: active ? COLOURS[standing] : undefined }}
            >
              <Statistic
                title={t(`sla.standing.${standing}`)}
                value={totals?.[standing] ?? 0}
                styles={{ content: { color: COLOURS[standing] } }}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
