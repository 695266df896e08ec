import { Col, Flex, Row } from 'antd';
import { sectionsOf, type CaseColumn, type CaseSectionProps } from './case-sections';

type Props = CaseSectionProps & {
  /** the columns' widths on a wide screen, of 24 */
  widths: { main: number; side: number };
};

/** The sections of the case page, each where CASE_SECTIONS places it on this page. */
export function CaseSections({ widths, ...props }: Props) {
  const column = (name: CaseColumn) =>
    sectionsOf(props.page, name).map((section) => <section.draw key={section.name} {...props} />);
  return (
    <>
      {column('top')}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={widths.main}>
          <Flex vertical gap="middle">
            {column('main')}
          </Flex>
        </Col>
        <Col xs={24} xl={widths.side}>
          <Flex vertical gap="middle">
            {column('side')}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
