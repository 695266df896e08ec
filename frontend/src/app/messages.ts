import * as accounts from '@/features/accounts/locales';
import * as adjudication from '@/features/adjudication/locales';
import * as admin from '@/features/admin/locales';
import * as assistance from '@/features/assistance/locales';
import * as cases from '@/features/cases/locales';
import * as documents from '@/features/documents/locales';
import * as filing from '@/features/filing/locales';
import * as inbox from '@/features/inbox/locales';
import * as injunction from '@/features/injunction/locales';
import * as mediation from '@/features/mediation/locales';
import * as notifications from '@/features/notifications/locales';
import * as penalty from '@/features/penalty/locales';
import * as sla from '@/features/sla/locales';
import { addMessages } from '@/shared/i18n/i18n';

/**
 * Each procedure's feature keeps its own words in locales/{zh-cn,en}.ts; they join the shared
 * catalogues here, once, before the first render.
 */
export const FEATURE_MESSAGES: { zhCN: object; en: object }[] = [
  accounts,
  adjudication,
  admin,
  assistance,
  cases,
  documents,
  filing,
  inbox,
  injunction,
  mediation,
  notifications,
  penalty,
  sla,
];

for (const messages of FEATURE_MESSAGES) {
  addMessages('zh-CN', messages.zhCN);
  addMessages('en', messages.en);
}
