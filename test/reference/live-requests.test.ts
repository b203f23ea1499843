import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSoap, startMock, type RunningMock } from '../support/mock-server.js';

/** Request bodies real clients sent to the live service (../shared/reference), answered as it did. */
const LIVE = fileURLToPath(new URL('../../../shared/reference/live-requests/', import.meta.url));

const CASES: [file: string, operation: string, columns: string[]][] = [
  ['region_read.xml', 'RegionRead', ['RegionID', 'RegionName']],
  ['department_read.xml', 'DepartmentRead', ['DepartmentID', 'Name', 'Deleted']],
  ['specialist_read.xml', 'SpecialistRead', ['SpecialistID', 'CreatedAt', 'Deleted', 'Login', 'Name', 'Surname', 'SecondaryName', 'Birthday', 'Post', 'DepartmentID', 'Phone', 'EMail']],
];

describe.runIf(existsSync(LIVE))('live request bodies from ../shared/reference', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  it.each(CASES)('%s gets SUCCESS with the live column list', async (file, operation, columns) => {
    const body = readFileSync(`${LIVE}${file}`, 'utf8');
    const res = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, body, { SOAPAction: `"http://buhphone.com/PartnerWebAPI2#PartnerWebAPI2:${operation}"` });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/soap+xml; charset=utf-8');
    expect(res.text).toContain(`<m:${operation}Response xmlns:m="http://buhphone.com/PartnerWebAPI2">`);
    expect(res.text).toMatch(/name="ResultCode"><Value xsi:type="xs:string">SUCCESS</);
    const names = [...res.text.matchAll(/<column><Name>([^<]+)<\/Name>/g)].map((m) => m[1]);
    expect(names).toEqual(columns);
    expect(res.text).toMatch(/<row>/);
  });
});
