import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, problemResponse, renderWithProviders } from '@/testing/render';
import { FilingForm } from './filing-form';

const OFFICES = [
  { id: 'cq', nameZh: '重庆市知识产权局', nameEn: 'Chongqing IP Office', level: 'MUNICIPAL' },
  { id: 'yubei', nameZh: '重庆市渝北区知识产权局', nameEn: 'Yubei District IP Office', level: 'DISTRICT' },
];

type Call = { url: string; init?: RequestInit };

function mockServer(onFiling: () => Response) {
  const calls: Call[] = [];
  document.cookie = 'XSRF-TOKEN=t; path=/';
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init });
      if (url === '/api/offices') return jsonResponse(200, OFFICES);
      if (url === '/api/cases/infringement-disputes') return onFiling();
      return jsonResponse(404, {});
    }),
  );
  return calls;
}

const group = (name: string) => within(screen.getByRole('group', { name }));

type User = ReturnType<typeof userEvent.setup>;

// Pasting, not typing: one change per field keeps a form this long quick to fill.
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function fillValidFiling(user: User) {
  await user.click(group('受理部门').getByRole('combobox', { name: '受理部门' }));
  await user.click(await screen.findByTitle('重庆市渝北区知识产权局'));

  const requester = group('请求人');
  await fill(user, requester.getByLabelText('姓名或名称'), '张三');
  await fill(user, requester.getByLabelText('居民身份证号码'), '11010519491231002x');
  await fill(user, requester.getByLabelText('住所地址'), '重庆市渝北区金开大道1号');
  await fill(user, requester.getByLabelText('联系电话或其他联系方式'), '023-12345678');

  const respondent = group('被请求人');
  await fill(user, respondent.getByLabelText('姓名或名称'), '某某科技有限公司');
  await fill(user, respondent.getByLabelText('住所地址'), '重庆市渝中区解放碑1号');

  const patent = group('专利');
  await fill(user, patent.getByLabelText('专利号'), 'ZL202310123456.6');
  await fill(user, patent.getByLabelText('专利名称'), '一种折叠椅');

  const requests = group('请求事项');
  await user.type(requests.getByLabelText('请求保护的权利要求'), '1{Enter}3{Enter}');
  await fill(user, requests.getByLabelText('事实和理由'), '被请求人未经许可制造、销售落入权利要求1的折叠椅。');
  await fill(user, requests.getByLabelText('请求事项（请求采取的处理措施）'), '责令停止侵权');
}

describe('FilingForm', () => {
  it('shows the server’s field error under the field it names, and its detail above the button', async () => {
    const calls = mockServer(() =>
      problemResponse(400, {
        title: 'Bad Request',
        detail: '请求书有1处需要修改',
        errors: [{ field: 'patent.number', message: '专利登记簿中没有该专利号' }],
      }),
    );
    const onFiled = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FilingForm onFiled={onFiled} />);

    await fillValidFiling(user);
    await user.click(screen.getByRole('button', { name: '提交请求' }));

    const patentNumber = group('专利').getByLabelText('专利号');
    // The message is linked to the field (aria-describedby), so a screen reader reads it with it.
    await waitFor(() => {
      expect(patentNumber).toHaveAttribute('aria-invalid', 'true');
      expect(patentNumber).toHaveAccessibleDescription(expect.stringContaining('专利登记簿中没有该专利号'));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('请求书有1处需要修改');
    expect(onFiled).not.toHaveBeenCalled();

    // What was sent: one JSON part, normalised values, claim numbers as numbers.
    const filingCall = calls.find((call) => call.url === '/api/cases/infringement-disputes')!;
    const body = filingCall.init!.body as FormData;
    const filing = JSON.parse(await (body.get('filing') as Blob).text());
    expect(filing).toMatchObject({
      officeId: 'yubei',
      requester: { kind: 'PERSON', idNumber: '11010519491231002X' },
      respondent: { kind: 'ORGANISATION', domicileInChina: true },
      patent: { number: 'ZL202310123456.6', type: 'INVENTION', title: '一种折叠椅' },
      claims: [1, 3],
    });
    expect(filing.respondent).not.toHaveProperty('idNumber');
  }, 30_000);

  it('passes the new case to the page on success', async () => {
    mockServer(() => jsonResponse(201, { id: 'c-1', caseNumber: '渝北知执〔2026〕1号' }));
    const onFiled = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FilingForm onFiled={onFiled} />);

    await fillValidFiling(user);
    await user.click(screen.getByRole('button', { name: '提交请求' }));

    await waitFor(() => expect(onFiled).toHaveBeenCalledWith({ id: 'c-1', caseNumber: '渝北知执〔2026〕1号' }));
  }, 30_000);

  it('refuses a resident ID with a wrong check digit before anything is sent', async () => {
    const calls = mockServer(() => jsonResponse(201, {}));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<FilingForm onFiled={vi.fn()} />);

    await user.type(group('请求人').getByLabelText('居民身份证号码'), '110105194912310021');
    await user.click(screen.getByRole('button', { name: '提交请求' }));

    expect(await group('请求人').findByText('居民身份证号码格式或校验位不正确')).toBeInTheDocument();
    expect(calls.some((call) => call.url === '/api/cases/infringement-disputes')).toBe(false);
  }, 30_000);
});
