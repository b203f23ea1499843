import { expect } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import type { RunningMock } from '../support/mock-server.js';
import { consumerOnSupportLine } from '../support/use-bot-mock.js';

type Cell = string | number | boolean | null;

/** What a BotAPI + PartnerAPI client script reports for one SOAP version. */
interface BotPartnerRun {
  GetEmployeesList: { code: string; rows: Cell[][] };
  SendNotification: { code: string; data: { NotificationID: string } };
  region_read: Cell[][];
  client_read: Record<string, Cell>[];
}

export interface BotPartnerReport {
  soap11: BotPartnerRun;
  soap12: BotPartnerRun;
}

/** The arguments of the BotAPI + PartnerAPI client scripts: region, client, and SendNotification's recipients. */
export function botPartnerArgs(mock: RunningMock): string[] {
  const recipients = [
    [consumerOnSupportLine(mock.runtime.db), WELL_KNOWN.supportLine],
    [WELL_KNOWN.specialist, WELL_KNOWN.myCompanyLine],
  ];
  return [mock.url, 'demo', 'demo', WELL_KNOWN.regionMoscow, WELL_KNOWN.ownClient, JSON.stringify(recipients)];
}

const count = (mock: RunningMock, sql: string): number => (mock.runtime.db.prepare(sql).get() as { n: number }).n;

/** Counts what SendNotification leaves behind: an outbox entry per recipient. */
export const notificationsSent = (mock: RunningMock): number => count(mock, "SELECT COUNT(*) AS n FROM outbox WHERE account = 'demo' AND kind = 'notification'");

/**
 * Asserts a report exactly against the store: the employees by position (EmployeeID, Name, Surname,
 * SecondaryName, Email, Login: WIRE-FORMAT §9), a notification id, Moscow with its time zone, and ownClient as
 * client_read gives it.
 */
export function expectBotPartnerReport(mock: RunningMock, report: BotPartnerReport, booleans: (v: boolean) => Cell = (v) => v): void {
  const db = mock.runtime.db;
  const employees = db
    .prepare(`SELECT id, name, surname, secondary_name, email, login FROM specialists WHERE account = 'demo' AND partner_id = ? AND deleted = 0 ORDER BY surname, name, id`)
    .raw()
    .all(WELL_KNOWN.partner) as Cell[][];
  const client = db
    .prepare(
      `SELECT c.id AS client_id, c.region_id, c.name AS client_name, c.full_name AS client_full_name, c.deleted AS client_del, c.inn AS client_inn,
              COALESCE(d.kpp, '') AS client_kpp, c.reg_number_ppic AS client_reg_num, COALESCE(d.pay_method_id, 0) AS pay_method_id,
              COALESCE(d.addit_attribute, '') AS addit_attribute, c.id AS client_new_id
       FROM clients c LEFT JOIN client_details d ON d.account = c.account AND d.client_id = c.id WHERE c.account = 'demo' AND c.id = ?`,
    )
    .get(WELL_KNOWN.ownClient) as Record<string, Cell>;
  const expected = (): BotPartnerRun => ({
    GetEmployeesList: { code: 'SUCCESS', rows: employees },
    SendNotification: { code: 'SUCCESS', data: { NotificationID: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/) as unknown as string } },
    region_read: [[WELL_KNOWN.regionMoscow, 'Москва', 3]],
    client_read: [{ ...client, client_del: booleans(client.client_del === 1) }],
  });
  expect(employees.length).toBeGreaterThan(5);
  expect(report).toEqual({ soap11: expected(), soap12: expected() });
}
