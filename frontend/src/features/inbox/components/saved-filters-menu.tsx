import { DeleteOutlined, SaveOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Form, Input, Modal, Space, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api/problem';
import { useDeleteFilter, useSaveFilter, useSavedFilters } from '../api/saved-filters';
import type { InboxCriteria } from '../types';

type Props = {
  criteria: InboxCriteria;
  onApply: (criteria: InboxCriteria) => void;
};

/** Filters kept on the server: one's own, and those colleagues of the office share. */
export function SavedFiltersMenu({ criteria, onApply }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const filters = useSavedFilters();
  const save = useSaveFilter();
  const remove = useDeleteFilter();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string; shared: boolean }>();

  const items: MenuProps['items'] = (filters.data ?? []).map((filter) => ({
    key: filter.id,
    label: (
      <Space>
        <span aria-label={t('inbox.saved.apply', { name: filter.name })}>{filter.name}</span>
        {!filter.mine && <span style={{ opacity: 0.6 }}>{t('inbox.saved.sharedBy', { name: filter.ownerName })}</span>}
      </Space>
    ),
    extra: filter.mine ? (
      <Button
        size="small"
        type="text"
        icon={<DeleteOutlined />}
        aria-label={t('inbox.saved.delete', { name: filter.name })}
        onClick={(event) => {
          event.stopPropagation();
          remove.mutate(filter.id, { onSuccess: () => void message.success(t('inbox.saved.deleted')) });
        }}
      />
    ) : undefined,
    onClick: () => onApply(filter.criteria),
  }));

  return (
    <>
      <Space.Compact>
        <Dropdown
          menu={{ items: items.length ? items : [{ key: 'none', label: t('inbox.saved.none'), disabled: true }] }}
          trigger={['click']}
        >
          <Button icon={<StarOutlined />}>{t('inbox.saved.title')}</Button>
        </Dropdown>
        <Button icon={<SaveOutlined />} onClick={() => setSaving(true)}>
          {t('inbox.saved.save')}
        </Button>
      </Space.Compact>
      {saving && (
        <Modal
          open
          title={t('inbox.saved.save')}
          confirmLoading={save.isPending}
          onOk={() => form.submit()}
          onCancel={() => setSaving(false)}
          destroyOnHidden
        >
          <Form
            form={form}
            layout="vertical"
            initialValues={{ shared: false }}
            onFinish={({ name, shared }) =>
              save.mutate(
                { name: name.trim(), shared, criteria },
                {
                  onSuccess: () => {
                    void message.success(t('inbox.saved.saved'));
                    setSaving(false);
                  },
                  onError: (error) => void message.error(isApiError(error) ? error.problem.detail : String(error)),
                },
              )
            }
          >
            <Form.Item
              name="name"
              label={t('inbox.saved.name')}
              rules={[{ required: true, whitespace: true, message: t('inbox.saved.nameRequired') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="shared" valuePropName="checked">
              <Checkbox>{t('inbox.saved.shared')}</Checkbox>
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
