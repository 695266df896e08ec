import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATENT_TYPES } from '@/shared/validation/patent-number';

/** The kinds of patent to choose from (Patent Law art. 2), named in the reader's language. */
export function PatentTypeSelect(props: Omit<SelectProps, 'options'>) {
  const { t } = useTranslation();
  return <Select options={PATENT_TYPES.map((type) => ({ value: type, label: t(`patentType.${type}`) }))} {...props} />;
}
