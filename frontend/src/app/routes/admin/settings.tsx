import { SettingsTable } from '@/features/admin/components/settings-table';

export function AdminSettingsRoute() {
  return <SettingsTable />;
}
