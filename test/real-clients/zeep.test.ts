import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../support/mock-server.js';
import { botPartnerArgs, expectBotPartnerReport, notificationsSent, type BotPartnerReport } from './bot-partner-run.js';
import { expectReport, OPERATIONS, scriptArgs, type ClientReport } from './client-run.js';
import { DEBIAN_PYTHON, run, SCRIPTS, toolPresent } from './tools.js';

const hasZeep = toolPresent('Python zeep', 'python3-zeep', DEBIAN_PYTHON, ['-c', 'import zeep']);

describe.skipIf(!hasZeep)('Python zeep loads the WSDLs and calls PartnerWebAPI2, BotAPI and PartnerAPI', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  it('lists every operation on both ports and reads RegionRead, ClientAdd, ClientRead over SOAP 1.1 and 1.2', async () => {
    const name = 'ООО «Питон»';
    const report = JSON.parse((await run(DEBIAN_PYTHON, [join(SCRIPTS, 'zeep_client.py'), ...scriptArgs(mock, name)])).stdout) as ClientReport;
    console.log(`real-clients: zeep operations ${JSON.stringify(report.wsdl)}`);
    expect(report.wsdl).toEqual(
      Object.fromEntries(Object.entries(OPERATIONS).map(([service, count]) => [service, { [`${service}Soap`]: count, [`${service}Soap12`]: count }])),
    );
    await expectReport(mock, report, name);
  }, 60_000);

  it('BotAPI and PartnerAPI: GetEmployeesList read by position, SendNotification with a four-column Recipients table, region_read and client_read, over SOAP 1.1 and 1.2', async () => {
    const before = notificationsSent(mock);
    const report = JSON.parse((await run(DEBIAN_PYTHON, [join(SCRIPTS, 'zeep_bot_partner.py'), ...botPartnerArgs(mock)])).stdout) as BotPartnerReport;
    expectBotPartnerReport(mock, report);
    expect(notificationsSent(mock)).toBe(before + 4);
  }, 60_000);
});
