import { expect } from 'vitest';
import { WELL_KNOWN } from '../../seed/demo-world.js';
import { decodeResponse } from '../support/decode-response.js';
import { postSoap, type RunningMock } from '../support/mock-server.js';
import { structureRequest } from '../support/soap-request.js';

type Row = Record<string, string | null>;

/** What a client script reports for one SOAP version: RegionRead, then ClientAdd read back by ClientRead. */
interface VersionRun {
  RegionRead: { code: string; rows: number; hasRegion: boolean };
  ClientAdd: { code: string; clientId: string | null };
  ClientRead: { code: string; found: { Name: string; RegionID: string; CreatedByMe: boolean }[] };
}

export interface ClientReport {
  wsdl: Record<string, Record<string, number>>;
  soap11: VersionRun;
  soap12: VersionRun;
}

export const OPERATIONS = { PartnerWebAPI2: 73, BotAPI: 10, PartnerAPI: 71 } as const;

/** The arguments every client script takes. */
export const scriptArgs = (mock: RunningMock, clientName: string) => [mock.url, 'demo', 'demo', WELL_KNOWN.regionMoscow, clientName];

async function readThroughTheWire(mock: RunningMock, operation: string): Promise<Row[]> {
  const res = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, structureRequest('PartnerWebAPI2', operation, {}));
  const { code, data } = decodeResponse(res.text);
  expect(code).toBe('SUCCESS');
  return data as Row[];
}

/**
 * Asserts a client's report exactly: SUCCESS everywhere, the RegionRead row count the server has,
 * and each new client read back by ClientRead with the client's own code; then checks from this
 * side that the server holds both new clients under their names.
 */
export async function expectReport(mock: RunningMock, report: ClientReport, clientName: string): Promise<void> {
  const regions = await readThroughTheWire(mock, 'RegionRead');
  const run = (suffix: string): VersionRun => ({
    RegionRead: { code: 'SUCCESS', rows: regions.length, hasRegion: true },
    ClientAdd: { code: 'SUCCESS', clientId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/) as unknown as string },
    ClientRead: { code: 'SUCCESS', found: [{ Name: `${clientName} ${suffix}`, RegionID: WELL_KNOWN.regionMoscow, CreatedByMe: true }] },
  });
  expect({ soap11: report.soap11, soap12: report.soap12 }).toEqual({ soap11: run('1.1'), soap12: run('1.2') });

  const clients = new Map((await readThroughTheWire(mock, 'ClientRead')).map((r) => [r.ClientID, r.Name]));
  expect(clients.get(report.soap11.ClientAdd.clientId)).toBe(`${clientName} 1.1`);
  expect(clients.get(report.soap12.ClientAdd.clientId)).toBe(`${clientName} 1.2`);
}
