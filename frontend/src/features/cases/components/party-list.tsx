import { Card, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Party } from '../types';

export function PartyList({ parties }: { parties: Party[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('case.parties')}>
      <Flex vertical gap="middle">
        {parties.map((party, index) => (
          <Descriptions
            key={`${party.role}-${index}`}
            title={`${t(`partyRole.${party.role}`)} · ${party.name}`}
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              {
                key: 'kind',
                label: t('case.partyKind'),
                children: t(`partyKind.${party.kind}`, { defaultValue: party.kind }),
              },
              { key: 'idNumber', label: t('case.idNumber'), children: party.idNumber || '—' },
              { key: 'address', label: t('case.address'), children: party.address },
              { key: 'contact', label: t('case.contact'), children: party.contact || '—' },
            ]}
          />
        ))}
      </Flex>
    </Card>
  );
}
