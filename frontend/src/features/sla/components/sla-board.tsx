import { DownloadOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select, Table, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/shared/ui/query-error';
import { exportUrl, useBoard } from '../api/board';
import type { Approval, BoardFilter, Standing, Workload } from '../types';
import { ApprovalsList } from './approvals-list';
import { ClockTable, rowKey } from './clock-table';
import { SlaCharts } from './sla-charts';
import { StandingSummary } from './standing-summary';

const PAGE_SIZE = 50;
const STANDINGS: (Standing | 'EXTENDED')[] = ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'PAUSED', 'EXTENDED'];
const CLOCKS = ['acceptance', 'supplement', 'answer', 'evidence', 'case-period', 'appeal-window'];

type Props = {
  caseLink: (caseId: string) => string;
  /** Hands the open tasks of the chosen cases to someone else (the app composes the inbox's dialog). */
  onReassign: (taskIds: string[], officeId: string) => void;
  onOpenApproval: (approval: Approval) => void;
};

/** The supervisor's board: every running period of the offices overseen, who holds what, and the figures. */
export function SlaBoard({ caseLink, onReassign, onOpenApproval }: Props) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<BoardFilter>({});
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const board = useBoard({ filter, page, size: PAGE_SIZE });
  const change = (next: BoardFilter) => {
    setFilter(next);
    setPage(0);
    setSelected([]);
  };
  const any = t('sla.filters.any');
  const offices = board.data?.offices ?? [];
  const chosen = (board.data?.rows ?? []).filter((row) => selected.includes(rowKey(row)));
  const taskIds = [...new Set(chosen.flatMap((row) => row.tasks.map((task) => task.taskId)))];
  const oneOffice = chosen.length > 0 && chosen.every((row) => row.officeId === chosen[0].officeId);
  const people = (board.data?.workload ?? []).filter((w) => w.assignee);

  const workloadColumns = [
    {
      title: t('sla.workload.person'),
      key: 'person',
      render: (_: unknown, w: Workload) => w.assigneeName || w.assignee || t('sla.unassigned'),
    },
    { title: t('sla.workload.openTasks'), dataIndex: 'openTasks' },
    { title: t('sla.workload.overdueTasks'), dataIndex: 'overdueTasks' },
    { title: t('sla.standing.OVERDUE'), dataIndex: 'overdue' },
    { title: t('sla.standing.DUE_SOON'), dataIndex: 'dueSoon' },
  ];

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('sla.intro')}
      </Typography.Paragraph>
      <StandingSummary
        totals={board.data?.totals}
        filter={filter}
        onFilter={(status) => change({ ...filter, status })}
      />
      <Form layout="vertical" aria-label={t('sla.title')}>
        <Row gutter={12}>
          {offices.length > 1 && (
            <Col xs={12} md={6} xl={4}>
              <Form.Item label={t('sla.filters.office')} htmlFor="sla-office">
                <Select
                  id="sla-office"
                  allowClear
                  placeholder={any}
                  value={filter.officeId}
                  onChange={(officeId) => change({ ...filter, officeId, officer: undefined })}
                  options={offices.map((o) => ({ value: o.id, label: i18n.language === 'en' ? o.nameEn : o.nameZh }))}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={12} md={6} xl={4}>
            <Form.Item label={t('sla.filters.status')} htmlFor="sla-status">
              <Select
                id="sla-status"
                allowClear
                placeholder={any}
                value={filter.status}
                onChange={(status) => change({ ...filter, status })}
                options={STANDINGS.map((s) => ({ value: s, label: t(`sla.standing.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item label={t('sla.filters.clock')} htmlFor="sla-clock">
              <Select
                id="sla-clock"
                allowClear
                placeholder={any}
                value={filter.clockKey}
                onChange={(clockKey) => change({ ...filter, clockKey })}
                options={CLOCKS.map((key) => ({ value: key, label: t(`clock.${key}`, { defaultValue: key }) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item label={t('sla.filters.officer')} htmlFor="sla-officer">
              <Select
                id="sla-officer"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={any}
                value={filter.officer}
                onChange={(officer) => change({ ...filter, officer })}
                options={people.map((w) => ({ value: w.assignee!, label: w.assigneeName || w.assignee! }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item label={t('sla.filters.search')} htmlFor="sla-q">
              <Input.Search id="sla-q" allowClear onSearch={(q) => change({ ...filter, q: q.trim() || undefined })} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Flex gap="small" wrap justify="space-between">
        <Tooltip title={chosen.length > 0 && taskIds.length === 0 ? t('sla.reassignNone') : undefined}>
          <Button
            icon={<SwapOutlined />}
            disabled={taskIds.length === 0 || !oneOffice}
            onClick={() => onReassign(taskIds, chosen[0].officeId)}
          >
            {t('sla.reassign')}
          </Button>
        </Tooltip>
        <Flex gap="small">
          <Button icon={<DownloadOutlined />} href={exportUrl(filter, 'csv')}>
            {t('sla.export.csv')}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl(filter, 'xlsx')}>
            {t('sla.export.xlsx')}
          </Button>
        </Flex>
      </Flex>
      {board.isError ? (
        <QueryError error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <ClockTable
          rows={board.data?.rows ?? []}
          total={board.data?.total ?? 0}
          loading={board.isPending}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
          selected={selected}
          onSelect={setSelected}
          caseLink={caseLink}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ApprovalsList onOpen={onOpenApproval} caseLink={caseLink} />
        </Col>
        <Col xs={24} lg={12}>
          <Tabs
            items={[
              {
                key: 'workload',
                label: t('sla.workload.title'),
                children: (
                  <Table<Workload>
                    size="small"
                    rowKey={(w) => w.assignee ?? ''}
                    columns={workloadColumns}
                    dataSource={board.data?.workload ?? []}
                    pagination={false}
                  />
                ),
              },
            ]}
          />
        </Col>
      </Row>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {t('sla.charts.title')}
      </Typography.Title>
      <SlaCharts officeId={filter.officeId} workload={board.data?.workload ?? []} />
    </Flex>
  );
}
