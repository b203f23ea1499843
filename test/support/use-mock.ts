import type { Client } from 'soap';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startMock, type RunningMock } from './mock-server.js';
import { soapClient } from './soap-client.js';
import { resetAccount, type MockOptions } from '../../src/runtime.js';

export interface MockFixture {
  mock: RunningMock;
  soap11: Client;
  soap12: Client;
}

/**
 * A mock for one describe block with PartnerWebAPI2 clients over SOAP 1.1 and 1.2; before each
 * test the clock is frozen and the demo world reseeded at that moment, so tests do not see each
 * other's changes and history reads find activity ending just before the frozen now.
 */
export function useMock(options: MockOptions = {}, frozenAt = '2024-03-01T12:00:00+03:00'): MockFixture {
  const fixture = {} as MockFixture;
  beforeAll(async () => {
    fixture.mock = await startMock(options);
    fixture.soap11 = await soapClient(fixture.mock.url);
    fixture.soap12 = await soapClient(fixture.mock.url, 'PartnerWebAPI2', { soap12: true });
  });
  beforeEach(() => {
    // The clock is set with the reset, so the seeded activity ends at the frozen now.
    resetAccount(fixture.mock.runtime, 'demo', { now: new Date(frozenAt), frozen: true });
  });
  afterAll(() => fixture.mock.close());
  return fixture;
}

/** Both SOAP versions, for `describe.each(bothVersions(f))`. */
export function bothVersions(fixture: MockFixture): [string, () => Client][] {
  return [
    ['SOAP 1.1', () => fixture.soap11],
    ['SOAP 1.2', () => fixture.soap12],
  ];
}
