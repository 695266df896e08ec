import { AdminHome } from '@/features/admin/components/admin-home';

export function AdminHomeRoute() {
  return <AdminHome />;
}
