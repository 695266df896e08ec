import * as adjudication from '@/features/adjudication/locales';
import * as documents from '@/features/documents/locales';
import * as injunction from '@/features/injunction/locales';
import { addMessages } from '@/shared/i18n/i18n';

/**
 * Each procedure's feature keeps its own words in locales/{zh-cn,en}.ts; they join the shared
 * catalogues here, once, before the first render.
 */
export const FEATURE_MESSAGES: { zhCN: object; en: object }[] = [adjudication, documents, injunction];

for (const messages of FEATURE_MESSAGES) {
  addMessages('zh-CN', messages.zhCN);
  addMessages('en', messages.en);
}
