import { FEATURE_MESSAGES } from './messages';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe("features' message catalogues", () => {
  it.each(FEATURE_MESSAGES.map((messages, index) => [index, messages] as const))(
    'bundle %i has the same keys in Chinese and English',
    (_, messages) => {
      expect(keys(messages.en).sort()).toEqual(keys(messages.zhCN).sort());
    },
  );
});
