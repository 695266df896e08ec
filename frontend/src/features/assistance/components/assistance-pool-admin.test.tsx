import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, server } from '@/testing/server';
import { AssistancePoolAdmin } from './assistance-pool-admin';

const DISTRICTS = [{ value: 'yubei', label: '重庆市渝北区知识产权局' }];

describe('assistance pool administration', { timeout: 60_000 }, () => {
  it('lists the pool and shows the server’s reason under the field it names', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const posts: unknown[] = [];
    server.use(
      http.get('/api/admin/assistance-pool', () =>
        HttpResponse.json([
          { id: 1, kind: 'WORKSTATION', name: '两江工作站', field: 'ELECTRICAL', district: 'yubei', active: false },
        ]),
      ),
      http.post('/api/admin/assistance-pool', async ({ request }) => {
        posts.push(await request.json());
        return problem(400, {
          title: 'Bad Request',
          detail: '请求有误',
          errors: [{ field: 'name', message: '该名称已被使用。' }],
        });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AssistancePoolAdmin districts={DISTRICTS} />);

    const row = (await screen.findByText('两江工作站')).closest('tr')!;
    expect(within(row).getByText('重庆市渝北区知识产权局')).toBeInTheDocument();
    expect(within(row).getByText('已停用')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '新增' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect((await within(dialog).findAllByText('请填写此项')).length).toBeGreaterThan(0);
    expect(posts).toEqual([]);

    await user.type(within(dialog).getByLabelText('名称'), '李专家');
    await user.click(within(dialog).getByLabelText('技术领域'));
    await user.click(await screen.findByTitle('机械'));
    await user.click(within(dialog).getByLabelText('所在区县'));
    await user.click((await screen.findAllByTitle('重庆市渝北区知识产权局')).at(-1)!);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('该名称已被使用。')).toBeInTheDocument();
    await waitFor(() =>
      expect(posts).toEqual([{ kind: 'EXPERT', active: true, name: '李专家', field: 'MECHANICAL', district: 'yubei' }]),
    );
  });
});
