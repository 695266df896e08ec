import { OfficesList } from '@/features/admin/components/offices-list';

export function AdminOfficesRoute() {
  return <OfficesList />;
}
