import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ADMIN_PLACES } from './admin-nav';
import { CalendarWarning } from './calendar-warning';

/** Where an administrator lands: the calendar's warning, if any, and a card for each place. */
export function AdminHome() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('admin.intro')}
      </Typography.Paragraph>
      <CalendarWarning loadLink="/admin/calendar" />
      <Row gutter={[16, 16]}>
        {ADMIN_PLACES.filter((place) => place.key !== 'home' && place.key !== 'assistancePool').map((place) => (
          <Col key={place.key} xs={24} md={12} xl={8}>
            <Card
              title={
                <Flex gap="small" align="center">
                  {place.icon}
                  {t(`admin.nav.${place.key}`)}
                </Flex>
              }
              extra={
                <Link to={place.path}>
                  <Button size="small">{t('admin.home.open')}</Button>
                </Link>
              }
              style={{ height: '100%' }}
            >
              {t(`admin.home.${place.key}`)}
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
