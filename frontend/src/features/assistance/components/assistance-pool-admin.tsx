import { Alert, Button, Flex, Form, Input, Modal, Popconfirm, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { showProblemOnForm } from '@/shared/forms/show-problem';
import { useDeactivatePoolMember, usePool, useSavePoolMember, type PoolMemberInput } from '../api/assistance-api';
import { FIELDS, type PoolMember } from '../types';

type Props = { districts: { value: string; label: string }[] };

/** The experts and workstations administrators manage, by field and district. */
export function AssistancePoolAdmin({ districts }: Props) {
  const { t } = useTranslation();
  const pool = usePool();
  const deactivate = useDeactivatePoolMember();
  const [editing, setEditing] = useState<PoolMember | 'new' | null>(null);
  const districtName = (id: string) => districts.find((d) => d.value === id)?.label ?? id;
  return (
    <Flex vertical gap="middle">
      <Button type="primary" style={{ alignSelf: 'flex-start' }} onClick={() => setEditing('new')}>
        {t('assistance.pool.add')}
      </Button>
      <Table<PoolMember>
        rowKey="id"
        loading={pool.isLoading}
        dataSource={pool.data ?? []}
        pagination={false}
        locale={{ emptyText: t('assistance.pool.empty') }}
        columns={[
          { title: t('assistance.pool.name'), dataIndex: 'name' },
          {
            title: t('assistance.pool.kind'),
            dataIndex: 'kind',
            render: (k: string) => t(`assistance.memberKind.${k}`),
          },
          { title: t('assistance.pool.field'), dataIndex: 'field', render: (f: string) => t(`assistance.field.${f}`) },
          { title: t('assistance.pool.district'), dataIndex: 'district', render: districtName },
          { title: t('assistance.pool.contact'), dataIndex: 'contact', render: (c?: string | null) => c ?? '—' },
          {
            title: t('assistance.pool.active'),
            dataIndex: 'active',
            render: (active: boolean) => (
              <Tag color={active ? 'success' : 'default'}>
                {active ? t('assistance.pool.activeYes') : t('assistance.pool.activeNo')}
              </Tag>
            ),
          },
          {
            key: 'actions',
            render: (_, m) => (
              <Flex gap="small">
                <Button size="small" onClick={() => setEditing(m)}>
                  {t('assistance.pool.edit')}
                </Button>
                {m.active && (
                  <Popconfirm title={t('assistance.pool.deactivate')} onConfirm={() => deactivate.mutateAsync(m.id)}>
                    <Button size="small" danger>
                      {t('assistance.pool.deactivate')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {editing && (
        <MemberModal
          member={editing === 'new' ? undefined : editing}
          districts={districts}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}

function MemberModal({
  member,
  districts,
  onClose,
}: {
  member?: PoolMember;
  districts: Props['districts'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PoolMemberInput>();
  const save = useSavePoolMember();
  const [failure, setFailure] = useState<string | null>(null);
  const required = { required: true, message: t('form.required') };
  const title = member ? t('assistance.pool.edit') : t('assistance.pool.add');

  const onFinish = (values: PoolMemberInput) => {
    setFailure(null);
    save.mutateAsync({ id: member?.id, member: { ...values, name: values.name?.trim() } }).then(onClose, (error) => {
      if (!isApiError(error)) return setFailure(String(error));
      const unmatched = showProblemOnForm(form, error.problem);
      setFailure([error.problem.detail, ...unmatched.map((e) => e.message)].join(' '));
    });
  };

  return (
    <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
      <Form<PoolMemberInput>
        form={form}
        layout="vertical"
        aria-label={title}
        initialValues={member ?? { kind: 'EXPERT', active: true }}
        onFinish={onFinish}
      >
        <Form.Item name="kind" label={t('assistance.pool.kind')} rules={[required]}>
          <Select
            options={(['EXPERT', 'WORKSTATION'] as const).map((k) => ({
              value: k,
              label: t(`assistance.memberKind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('assistance.pool.name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="field" label={t('assistance.pool.field')} rules={[required]}>
          <Select options={FIELDS.map((f) => ({ value: f, label: t(`assistance.field.${f}`) }))} />
        </Form.Item>
        <Form.Item name="district" label={t('assistance.pool.district')} rules={[required]}>
          <Select options={districts} />
        </Form.Item>
        <Form.Item name="contact" label={t('assistance.pool.contact')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="active" label={t('assistance.pool.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('assistance.pool.save')}
          </Button>
          <Button onClick={onClose}>{t('assistance.pool.cancel')}</Button>
        </Flex>
      </Form>
    </Modal>
  );
}
