import { AuditLog } from '@/features/admin/components/audit-log';

export function AdminAuditRoute() {
  return <AuditLog />;
}
