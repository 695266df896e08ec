import { request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './session';

/** A script's way in (HTTP Basic): to set a scene quickly, while the browser plays the person. */
export async function apiAs(baseURL: string | undefined, username: string): Promise<APIRequestContext> {
  const token = Buffer.from(`${username}:${DEMO_PASSWORD}`).toString('base64');
  return request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Basic ${token}`, 'Accept-Language': 'zh-CN' },
  });
}

export const VALID_FILING = {
  officeId: 'yubei',
  requester: {
    kind: 'PERSON',
    name: '张伟',
    idNumber: '500102198503121238',
    address: '重庆市渝北区龙溪街道1号',
    contact: '13800000000',
  },
  respondent: {
    kind: 'ORGANISATION',
    name: '重庆某贸易有限公司',
    idNumber: '91500000MA5U00000W',
    address: '重庆市渝北区回兴街道2号',
    domicileInChina: true,
  },
  patent: { number: 'ZL202320123456.1', type: 'UTILITY_MODEL', title: '一种折叠椅' },
  claims: [1, 3],
  factsAndReasons: '被请求人在其网店销售的折叠椅落入权利要求1、3的保护范围。',
  requestedMeasures: '责令被请求人立即停止销售侵权产品。',
};

/** Files a request as the complainant and answers its number and the id of its first task. */
export async function fileCase(
  baseURL: string | undefined,
  filing: object = VALID_FILING,
  evidence?: { name: string; mimeType: string; buffer: Buffer },
): Promise<{ caseId: string; caseNumber: string; taskId: string }> {
  const complainant = await apiAs(baseURL, 'complainant');
  const multipart: Record<string, { name: string; mimeType: string; buffer: Buffer }> = {
    filing: { name: 'filing.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(filing)) },
  };
  if (evidence) multipart.evidence = evidence;
  const filed = await complainant.post('/api/cases/infringement-disputes', { multipart });
  if (filed.status() !== 201) throw new Error(`filing failed: ${filed.status()} ${await filed.text()}`);
  const { id, caseNumber } = (await filed.json()) as { id: string; caseNumber: string };
  const officer = await apiAs(baseURL, 'officer.yb');
  const kase = (await (await officer.get(`/api/cases/${id}`)).json()) as { openTasks: { taskId: string }[] };
  await complainant.dispose();
  await officer.dispose();
  return { caseId: id, caseNumber, taskId: kase.openTasks[0].taskId };
}
