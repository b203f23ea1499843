import { describe, expect, it } from 'vitest';
import { WELL_KNOWN_ITS } from '../../../seed/demo-world.js';
import { isWellFormedRegNumber } from '../../../src/store/its-registry.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

describe('PartnerWebAPI2 ClientITSStatus (spec 3.42)', () => {
  const f = useMock();
  const status = (client: () => Parameters<typeof callWith>[0], entry: { inn: string; regNumber: string }) =>
    callWith(client(), 'ClientITSStatus', { ClientINN: entry.inn, RegNumberPP1C: entry.regNumber });

  describe.each(bothVersions(f))('over %s', (_name, client) => {
    it('answers every level of the registry with its dates', async () => {
      const year = { DateFrom: '2024-01-01T00:00:00', DateTo: '2024-12-31T00:00:00' };
      const none = { DateFrom: '0001-01-01T00:00:00', DateTo: '0001-01-01T00:00:00' };
      expect(await status(client, WELL_KNOWN_ITS.prof)).toEqual({ code: 'SUCCESS', data: [{ ...year, ITSLevel: 'PROF' }] });
      expect(await status(client, WELL_KNOWN_ITS.techno)).toEqual({ code: 'SUCCESS', data: [{ ...year, ITSLevel: 'TECHNO' }] });
      expect(await status(client, WELL_KNOWN_ITS.international)).toEqual({ code: 'SUCCESS', data: [{ ...year, ITSLevel: 'INTERNATIONAL' }] });
      expect(await status(client, WELL_KNOWN_ITS.basic)).toEqual({ code: 'SUCCESS', data: [{ ...none, ITSLevel: 'BASIC' }] });
      expect(await status(client, WELL_KNOWN_ITS.notFound)).toEqual({ code: 'SUCCESS', data: [{ ...none, ITSLevel: 'NOT_FOUND' }] });
      expect(await status(client, WELL_KNOWN_ITS.wrongInn)).toEqual({ code: 'SUCCESS', data: [{ ...none, ITSLevel: 'WRONG_INN' }] });
    });
  });

  it('finds the seeded clients\' numbers: most in the registry under their INN', async () => {
    const clients = f.mock.runtime.db.prepare("SELECT inn, reg_number_ppic AS reg FROM clients WHERE account = 'demo' AND reg_number_ppic <> ''").all() as { inn: string; reg: string }[];
    const levels: string[] = [];
    for (const c of clients.slice(0, 20)) {
      const r = await callWith(f.soap11, 'ClientITSStatus', { ClientINN: c.inn, RegNumberPP1C: c.reg });
      levels.push((r.data as { ITSLevel: string }[])[0].ITSLevel);
    }
    expect(levels.filter((l) => ['PROF', 'TECHNO', 'INTERNATIONAL'].includes(l)).length).toBeGreaterThan(10);
    expect(levels.every((l) => ['PROF', 'TECHNO', 'INTERNATIONAL', 'BASIC'].includes(l))).toBe(true);
  });

  it('answers each parameter error with the parameter name', async () => {
    const send = (p: Record<string, ParamInput>) => callWith(f.soap11, 'ClientITSStatus', p);
    expect(await send({ RegNumberPP1C: '800123456' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'ClientINN' });
    expect(await send({ ClientINN: '7714123459' })).toEqual({ code: 'PARAM_NOT_EXIST', data: 'RegNumberPP1C' });
    expect(await send({ ClientINN: '', RegNumberPP1C: '800123456' })).toEqual({ code: 'EMPTY_PARAM', data: 'ClientINN' });
    expect(await send({ ClientINN: '7714123459', RegNumberPP1C: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'RegNumberPP1C' });
    expect(await send({ ClientINN: 7714123459, RegNumberPP1C: '800123456' })).toEqual({ code: 'TYPE_MISMATCH', data: 'ClientINN' });
    expect(await send({ ClientINN: '1'.repeat(51), RegNumberPP1C: '800123456' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'ClientINN' });
    expect(await send({ ClientINN: '7714123459', RegNumberPP1C: '1234567890123' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'RegNumberPP1C' });
  });

  it.each([
    ['500000', true],
    ['999999999999', true],
    ['499999', false],
    ['ВО12345', true],
    ['FR0045321', true],
    ['fr12', true],
    ['АБ12345', false],
    ['12-34-56', false],
    ['', false],
  ])('a registration number %s is well-formed: %s (spec 003)', (text, expected) => {
    expect(isWellFormedRegNumber(text)).toBe(expected);
  });
});
