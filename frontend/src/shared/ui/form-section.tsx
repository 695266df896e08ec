import { Card } from 'antd';
import type { ReactNode } from 'react';

/** A titled part of a long form; announced as a group so "name" is heard as the requester's name. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={title} role="group" aria-label={title}>
      {children}
    </Card>
  );
}
