import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../support/mock-server.js';
import { botPartnerArgs, expectBotPartnerReport, notificationsSent, type BotPartnerReport } from './bot-partner-run.js';
import { expectReport, OPERATIONS, scriptArgs, type ClientReport } from './client-run.js';
import { run, SCRIPTS, toolPresent } from './tools.js';

const hasPhpSoap = toolPresent('PHP SoapClient', 'php-cli php-soap', 'php', ['-r', 'exit(class_exists("SoapClient") ? 0 : 1);']);

describe.skipIf(!hasPhpSoap)('PHP SoapClient loads the WSDLs and calls PartnerWebAPI2, BotAPI and PartnerAPI', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  it('lists every operation for both SOAP versions and reads RegionRead, ClientAdd, ClientRead over SOAP 1.1 and 1.2', async () => {
    const name = 'ООО «Пых»';
    const report = JSON.parse((await run('php', [join(SCRIPTS, 'php_client.php'), ...scriptArgs(mock, name)])).stdout) as ClientReport;
    console.log(`real-clients: PHP SoapClient operations ${JSON.stringify(report.wsdl)}`);
    expect(report.wsdl).toEqual(Object.fromEntries(Object.entries(OPERATIONS).map(([service, count]) => [service, { soap11: count, soap12: count }])));
    await expectReport(mock, report, name);
  }, 60_000);

  it('BotAPI and PartnerAPI: GetEmployeesList read by position, SendNotification with a four-column Recipients table, region_read and client_read, over SOAP 1.1 and 1.2', async () => {
    const before = notificationsSent(mock);
    const report = JSON.parse((await run('php', [join(SCRIPTS, 'php_bot_partner.php'), ...botPartnerArgs(mock)])).stdout) as BotPartnerReport;
    expectBotPartnerReport(mock, report);
    expect(notificationsSent(mock)).toBe(before + 4);
  }, 60_000);
});
