import type { Client } from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { startMock, type RunningMock } from '../../support/mock-server.js';
import { callWith, soapClient } from '../../support/soap-client.js';

type Row = Record<string, string | null>;

describe('PartnerWebAPI2 RegionRead (spec 3.33)', () => {
  let mock: RunningMock;
  let clients: Client[];
  beforeAll(async () => {
    mock = await startMock({ limits: false });
    clients = [await soapClient(mock.url), await soapClient(mock.url, 'PartnerWebAPI2', { soap12: true })];
  });
  afterAll(() => mock.close());

  it.each([0, 1])('lists the Russian regions and a few countries (client %i: SOAP 1.1, 1.2)', async (i) => {
    const r = await callWith(clients[i], 'RegionRead');
    expect(r.code).toBe('SUCCESS');
    const rows = r.data as Row[];
    expect(rows.length).toBeGreaterThanOrEqual(85);
    expect(Object.keys(rows[0])).toEqual(['RegionID', 'RegionName']);
    expect(rows).toContainEqual({ RegionID: WELL_KNOWN.regionMoscow, RegionName: 'Москва' });
    expect(rows).toContainEqual({ RegionID: WELL_KNOWN.regionKamchatka, RegionName: 'Камчатский край' });
    expect(rows.every((row) => (row.RegionName ?? '').length <= 50)).toBe(true);
  });

  it('ignores parameters it does not know', async () => {
    expect((await callWith(clients[0], 'RegionRead', { Country: 'RU' })).code).toBe('SUCCESS');
  });
});
