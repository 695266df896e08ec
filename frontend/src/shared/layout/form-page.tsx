import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page that holds one long form (a filing, an application): narrow and centred, under its title. */
export function FormPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960, margin: '0 auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}
