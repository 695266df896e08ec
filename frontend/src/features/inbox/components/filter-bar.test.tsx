import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { InboxCriteria } from '../types';
import { FilterBar } from './filter-bar';

const OPTIONS = {
  models: [
    {
      key: 'infringement-adjudication',
      name: '专利侵权纠纷行政裁决',
      tasks: [
        { key: 'Task_ReviewAcceptance', name: '受理审查' },
        { key: 'Task_ApproveExtension', name: '审批延期' },
      ],
    },
  ],
  caseTypes: ['INFRINGEMENT_ADJUDICATION'],
  offices: [{ id: 'yubei', nameZh: '重庆市渝北区知识产权局', nameEn: 'Yubei District IP Office' }],
};

function serveOptions(offices = OPTIONS.offices) {
  server.use(http.get('/api/inbox/filter-options', () => HttpResponse.json({ ...OPTIONS, offices })));
}

/** The inbox route as it is: each render reads the criteria afresh from the address, a new object. */
function PollingRoute({ onChange }: { onChange: (criteria: InboxCriteria) => void }) {
  const [polls, setPolls] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setPolls(polls + 1)}>
        poll {polls}
      </button>
      <FilterBar criteria={{ view: 'UNCLAIMED' }} onChange={onChange} />
    </>
  );
}

function renderBar(criteria: InboxCriteria = { view: 'UNCLAIMED' }) {
  const onChange = vi.fn();
  renderWithProviders(<FilterBar criteria={criteria} onChange={onChange} />);
  return onChange;
}

describe('FilterBar', () => {
  it('searches once typing pauses, keeping the view', async () => {
    serveOptions();
    const onChange = renderBar();
    const user = userEvent.setup({ delay: null });

    await user.type(screen.getByRole('searchbox', { name: '搜索' }), 'ZL2023');

    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'UNCLAIMED', q: 'ZL2023' })),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps what is being typed when the page renders again with the same criteria', async () => {
    serveOptions();
    const onChange = vi.fn();
    renderWithProviders(<PollingRoute onChange={onChange} />);
    const user = userEvent.setup({ delay: null });
    const search = screen.getByRole('searchbox', { name: '搜索' });

    await user.type(search, 'ZL');
    await user.click(screen.getByText('poll 0'));
    await user.type(search, '7');

    expect(search).toHaveValue('ZL7');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ view: 'UNCLAIMED', q: 'ZL7' })),
    );
  });

  it('applies a choice at once: overdue only, a task of the chosen procedure, an order', async () => {
    serveOptions();
    const onChange = renderBar();
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('switch', { name: '仅看已逾期' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ overdue: true }));

    await user.click(screen.getByRole('combobox', { name: '任务' }));
    await user.click(await screen.findByTitle('审批延期'));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ taskKey: 'Task_ApproveExtension', overdue: true }),
    );

    await user.click(screen.getByRole('combobox', { name: '排序' }));
    await user.click(await screen.findByTitle('按优先级'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'PRIORITY' }));
  });

  it('shows the saved criteria it was given, and clears the filters but not the view or order', async () => {
    serveOptions();
    const onChange = renderBar({ view: 'ALL', party: '某贸易', overdue: true, sort: 'CREATED' });
    const user = userEvent.setup({ delay: null });

    expect(screen.getByRole('textbox', { name: '当事人' })).toHaveValue('某贸易');
    expect(screen.getByRole('switch', { name: '仅看已逾期' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: /清除筛选/ }));

    expect(onChange).toHaveBeenCalledWith({ view: 'ALL', sort: 'CREATED' });
  });

  it('offers the office filter only to whoever oversees more than one office', async () => {
    serveOptions([
      { id: 'cq', nameZh: '重庆市知识产权局', nameEn: 'Chongqing IP Office' },
      { id: 'yubei', nameZh: '重庆市渝北区知识产权局', nameEn: 'Yubei District IP Office' },
    ]);
    renderBar();

    expect(await screen.findByRole('combobox', { name: '部门' })).toBeInTheDocument();
  });

  it('has no office filter for an officer of one office', async () => {
    serveOptions();
    renderBar();

    await screen.findByRole('combobox', { name: '流程' });
    await waitFor(() => expect(screen.queryByRole('combobox', { name: '部门' })).not.toBeInTheDocument());
  });
});
