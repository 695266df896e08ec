import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderWithProviders } from '@/testing/render';
import { problem, recordRequests, requestLine, server } from '@/testing/server';
import { FilingWizard } from './filing-wizard';

const OFFICES = [
  { id: 'yubei', nameZh: '重庆市渝北区知识产权局', nameEn: 'Yubei District IP Office', level: 'DISTRICT' },
];
const DRAFT = { id: 'd1', content: {}, files: [], updatedAt: '2026-11-23T01:00:00Z' };

function serve(
  onFile: () => Response = () => HttpResponse.json({ id: 'c1', caseNumber: '渝北知裁〔2026〕1号' }, { status: 201 }),
) {
  document.cookie = 'XSRF-TOKEN=t; path=/';
  server.use(
    http.get('/api/offices', () => HttpResponse.json(OFFICES)),
    http.post('/api/filing-drafts', () => HttpResponse.json(DRAFT, { status: 201 })),
    http.put('/api/filing-drafts/d1', () => HttpResponse.json(DRAFT)),
    // The evidence goes up through XMLHttpRequest, for its progress. A jsdom File reaches the
    // network layer without its name and bytes, so the stored file is described as chosen below.
    http.post('/api/filing-drafts/d1/files', async ({ request }) =>
      (await request.formData()).has('file')
        ? HttpResponse.json(
            {
              id: 'f1',
              fileName: '购买凭证.pdf',
              contentType: 'application/pdf',
              sizeBytes: 8,
              uploadedAt: '2026-11-23T01:00:00Z',
            },
            { status: 201 },
          )
        : problem(400, { detail: 'no file part' }),
    ),
    http.post('/api/filing-drafts/d1/file', onFile),
  );
  return recordRequests();
}

type User = ReturnType<typeof userEvent.setup>;
const group = (name: string) => within(screen.getByRole('group', { name }));
const findGroup = async (name: string) => within(await screen.findByRole('group', { name }));

async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillFirstStep(user: User) {
  await user.click(screen.getByRole('combobox', { name: '受理部门' }));
  await user.click(await screen.findByTitle('重庆市渝北区知识产权局'));
  const requester = group('请求人');
  await fill(user, requester.getByLabelText('姓名或名称'), '张三');
  await fill(user, requester.getByLabelText('居民身份证号码'), '11010519491231002X');
  await fill(user, requester.getByLabelText('住所地址'), '重庆市渝北区金开大道1号');
  await fill(user, requester.getByLabelText('联系电话或其他联系方式'), '023-12345678');
}

/** Fills every step before the evidence, and waits there. */
async function fillToEvidence(user: User) {
  await fillFirstStep(user);
  await user.click(screen.getByRole('button', { name: '下一步' }));
  const respondent = await findGroup('被请求人');
  await fill(user, respondent.getByLabelText('姓名或名称'), '某某科技有限公司');
  await fill(user, respondent.getByLabelText('住所地址'), '重庆市渝中区解放碑1号');
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await fill(user, (await findGroup('专利')).getByLabelText('专利号'), 'ZL202310123456.6');
  await fill(user, group('专利').getByLabelText('专利名称'), '一种折叠椅');
  await user.type(group('请求事项').getByLabelText('请求保护的权利要求'), '1{Enter}');
  await fill(user, group('请求事项').getByLabelText('事实和理由'), '被请求人未经许可制造、销售落入权利要求1的折叠椅。');
  await fill(user, group('请求事项').getByLabelText('请求事项（请求采取的处理措施）'), '责令停止侵权');
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await findGroup('证据');
}

async function fillToReview(user: User) {
  await fillToEvidence(user);
  await user.click(screen.getByRole('button', { name: '下一步' }));
  await findGroup('确认提交');
}

describe('FilingWizard', () => {
  it('checks each step before the next, inline, and keeps what was typed as a draft', async () => {
    const requests = serve();
    const onDraftCreated = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FilingWizard onFiled={vi.fn()} onDraftCreated={onDraftCreated} />);

    await user.click(screen.getByRole('button', { name: '下一步' }));
    expect(await group('请求人').findByText('请填写姓名或名称')).toBeInTheDocument();
    await user.type(group('请求人').getByLabelText('居民身份证号码'), '110105194912310021');
    expect(await group('请求人').findByText('居民身份证号码格式或校验位不正确')).toBeInTheDocument();
    await user.clear(group('请求人').getByLabelText('居民身份证号码'));

    await fillFirstStep(user);
    await user.click(screen.getByRole('button', { name: '下一步' }));

    expect(await screen.findByRole('group', { name: '被请求人' })).toBeInTheDocument();
    await waitFor(() => expect(onDraftCreated).toHaveBeenCalledWith('d1'));
    const saved = requests
      .filter((request) => request.method !== 'GET' && new URL(request.url).pathname.startsWith('/api/filing-drafts'))
      .at(-1);
    expect(await saved?.json()).toMatchObject({
      officeId: 'yubei',
      requester: { name: '张三', idNumber: '11010519491231002X' },
    });
  }, 90_000);

  it('uploads evidence to the draft with its progress and files the request from the review step', async () => {
    const requests = serve();
    const onFiled = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FilingWizard onFiled={onFiled} />);

    await fillToEvidence(user);

    const pdf = new File(['%PDF-1.4'], '购买凭证.pdf', { type: 'application/pdf' });
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, pdf);
    expect(await screen.findByText('购买凭证.pdf')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一步' }));

    expect(await screen.findByText('购买凭证.pdf (8 B)')).toBeInTheDocument();
    expect(screen.getByText('某某科技有限公司 · 重庆市渝中区解放碑1号')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交请求' }));

    await waitFor(() => expect(onFiled).toHaveBeenCalledWith({ id: 'c1', caseNumber: '渝北知裁〔2026〕1号' }));
    expect(requests.map(requestLine)).toContain('POST /api/filing-drafts/d1/file');
  }, 90_000);

  it('takes the person back to the step whose field the server refused, with the message under it', async () => {
    serve(() =>
      problem(400, {
        detail: '提交的内容有误，请按提示修改后重新提交。',
        errors: [{ field: 'patent.number', message: '专利号中的类型位与所选专利类型不一致。' }],
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FilingWizard onFiled={vi.fn()} />);

    await fillToReview(user);
    await user.click(screen.getByRole('button', { name: '提交请求' }));

    const patentNumber = (await findGroup('专利')).getByLabelText('专利号');
    await waitFor(() =>
      expect(patentNumber).toHaveAccessibleDescription(
        expect.stringContaining('专利号中的类型位与所选专利类型不一致。'),
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('“专利与请求事项”中有需要修改的内容');
  }, 90_000);
});
