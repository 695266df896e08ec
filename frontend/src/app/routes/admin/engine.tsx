import { EngineHealthPanel } from '@/features/admin/components/engine-health';

export function AdminEngineRoute() {
  return <EngineHealthPanel />;
}
