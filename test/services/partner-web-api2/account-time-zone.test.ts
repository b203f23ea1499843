import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { callWith } from '../../support/soap-client.js';
import { useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;

async function setTimeZone(url: string, utcOffset: string): Promise<Response> {
  return fetch(`${url}/admin/api/accounts/demo/time-zone`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ utcOffset }) });
}

describe('the API account time zone (spec 3, note 2)', () => {
  const f = useMock();

  it('writes timestamps in the account zone and reads dates without offset in it', async () => {
    expect((await setTimeZone(f.mock.url, '+05:00')).status).toBe(200);
    try {
      const specialists = (await callWith(f.soap11, 'SpecialistRead')).data as Row[];
      // Created 2023-06-15T16:49:58Z: 21:49:58 at UTC+5.
      expect(specialists.find((s) => s.SpecialistID === WELL_KNOWN.specialist)?.CreatedAt).toBe('2023-06-15T21:49:58');
      // Ромашка changed at 2024-02-25T19:53:32Z = 2024-02-26T00:53:32 at UTC+5.
      const since = async (value: string) => ((await callWith(f.soap11, 'ClientRead', { ChangedFrom: { dateTime: value } })).data as Row[]).some((r) => r.ClientID === WELL_KNOWN.ownClient);
      expect(await since('2024-02-26T00:53:32')).toBe(true);
      expect(await since('2024-02-26T00:53:33')).toBe(false);
    } finally {
      await setTimeZone(f.mock.url, '+03:00');
    }
  });

  it('refuses an offset that is not ±hh:mm', async () => {
    const res = await setTimeZone(f.mock.url, '5');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'expected {"utcOffset": "+05:00"} (from -12:00 to +14:00)' });
  });
});
