import { Descriptions, type DescriptionsProps } from 'antd';

/** What the case's record says on one part of it, in two columns on a wide screen. */
export function Facts({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} />;
}
