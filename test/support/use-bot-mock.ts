import type { Client } from 'soap';
import { beforeAll } from 'vitest';
import type { Db } from '../../src/store/database.js';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { soapClient } from './soap-client.js';
import { useMock, type MockFixture } from './use-mock.js';

export interface BotFixture extends MockFixture {
  /** BotAPI over SOAP 1.1 and 1.2. */
  bot11: Client;
  bot12: Client;
}

/** useMock with BotAPI clients loaded from the BotAPI WSDL. */
export function useBotMock(): BotFixture {
  const fixture = useMock() as BotFixture;
  beforeAll(async () => {
    fixture.bot11 = await soapClient(fixture.mock.url, 'BotAPI');
    fixture.bot12 = await soapClient(fixture.mock.url, 'BotAPI', { soap12: true });
  });
  return fixture;
}

export const INFOBASE = 'bot-infobase-01';

/** Client users of a client that are served on a line now (not deleted). */
export function usersOn(db: Db, lineId: string, clientId?: string): string[] {
  const rows = db
    .prepare(
      `SELECT u.id FROM line_users l JOIN client_users u ON u.account = l.account AND u.id = l.user_id
       WHERE l.account = 'demo' AND l.line_id = ? AND u.deleted = 0 AND (? IS NULL OR u.client_id = ?) ORDER BY u.id`,
    )
    .all(lineId, clientId ?? null, clientId ?? null) as { id: string }[];
  return rows.map((r) => r.id);
}

/** A client user of the demo partner's own client served on the well-known line. */
export function consumerOnSupportLine(db: Db): string {
  return usersOn(db, WELL_KNOWN.supportLine, WELL_KNOWN.ownClient)[0];
}

export function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE account = 'demo'`).get() as { n: number }).n;
}
