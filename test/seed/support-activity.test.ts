import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, WELL_KNOWN } from '../../seed/demo-world.js';
import { SERVICE_REQUEST_PAYLOAD_FIELDS } from '../../src/activity/chat-payloads/service-requests.js';
import { BUSINESS_CONTACT_PAYLOAD_FIELDS } from '../../src/activity/chat-payloads/business-contacts.js';
import { CALL_PAYLOAD_FIELDS } from '../../src/activity/chat-payloads/calls.js';
import { FILE_PAYLOAD_FIELDS } from '../../src/activity/chat-payloads/files.js';
import { CHAT_PAYLOAD_FIELDS, TEXT_MESSAGE } from '../../src/activity/chat-payloads/index.js';
import { REMOTE_ACCESS_PAYLOAD_FIELDS } from '../../src/activity/chat-payloads/remote-access.js';
import { TREATMENT_PAYLOAD_FIELDS } from '../../src/activity/chat-payloads/treatments.js';
import { md5Hex } from '../../src/activity/files.js';
import { createRuntime, resetAccount } from '../../src/runtime.js';
import { dumpWorld } from '../../src/seed/dump-world.js';
import { startMock } from '../support/mock-server.js';
import { seedWorld } from '../../src/seed/seed-world.js';
import { openDatabase, type Db } from '../../src/store/database.js';

const NOW = new Date('2024-03-01T09:00:00Z');
const NOW_STAMP = '2024-03-01T09:00:00Z';
const A = 'demo';

function seeded(now = NOW, scale = 1): Db {
  const db = openDatabase();
  seedWorld(db, A, DEFAULT_SEED, { now, scale });
  return db;
}

type Row = Record<string, unknown>;
const all = (db: Db, sql: string): Row[] => db.prepare(sql).all(A) as Row[];
const count = (db: Db, sql: string): number => (db.prepare(sql).get(A) as { n: number }).n;

describe('the support activity simulator', { timeout: 60_000 }, () => {
  const db = seeded();

  it('gives the same history for the same seed and moment, another for another moment', () => {
    const dump = dumpWorld(db, A);
    expect(dumpWorld(seeded(), A)).toBe(dump);
    expect(dumpWorld(seeded(new Date('2024-03-02T09:00:00Z')), A)).not.toBe(dump);
  }, 60_000);

  it('holds about 90 days and tens of thousands of events, ending at the seeding moment', () => {
    const events = ['agent_sessions', 'treatments', 'calls', 'ra_sessions', 'sip_calls', 'chat_messages', 'file_transfers', 'colleague_messages']
      .map((t) => count(db, `SELECT COUNT(*) AS n FROM ${t} WHERE account = ?`))
      .reduce((a, b) => a + b);
    expect(events).toBeGreaterThan(20_000);
    const first = all(db, 'SELECT MIN(initialized) AS t FROM treatments WHERE account = ?')[0].t as string;
    expect(Date.parse(first)).toBeLessThan(NOW.getTime() - 89 * 86_400_000);
    const times: [string, string][] = [
      ['agent_sessions', 'started'], ['agent_sessions', 'ended'], ['treatments', 'initialized'], ['treatments', 'spec_appointed'],
      ['treatments', 'reaction_started'], ['treatments', 'closed'], ['treatment_comments', 'comment_time'], ['calls', 'call_time'],
      ['call_comments', 'comment_time'], ['ra_sessions', 'start_time'], ['ra_comments', 'comment_time'], ['sip_calls', 'start_time'],
      ['chat_messages', 'message_time'], ['file_transfers', 'uploaded_at'], ['colleague_messages', 'message_time'],
    ];
    for (const [table, column] of times) {
      expect(count(db, `SELECT COUNT(*) AS n FROM ${table} WHERE account = ? AND ${column} > '${NOW_STAMP}'`), `${table}.${column}`).toBe(0);
    }
    // The last week always has data.
    expect(count(db, `SELECT COUNT(*) AS n FROM chat_messages WHERE account = ? AND message_time >= '2024-02-27T09:00:00Z'`)).toBeGreaterThan(500);
  });

  it('grows with the scale factor', () => {
    const big = seeded(NOW, 2);
    expect(count(big, 'SELECT COUNT(*) AS n FROM treatments WHERE account = ?')).toBeGreaterThan(1.6 * count(db, 'SELECT COUNT(*) AS n FROM treatments WHERE account = ?'));
  }, 30_000);

  it('refers only to objects that exist', () => {
    const people = `(SELECT id FROM client_users WHERE account = '${A}' UNION SELECT id FROM specialists WHERE account = '${A}')`;
    const lines = `(SELECT id FROM support_lines WHERE account = '${A}' AND partner_id = '${WELL_KNOWN.partner}')`;
    const clients = `(SELECT id FROM clients WHERE account = '${A}')`;
    const specialists = `(SELECT id FROM specialists WHERE account = '${A}')`;
    const orphans: Record<string, string> = {
      'sessions agent': `agent_sessions WHERE agent_id NOT IN ${people}`,
      'sessions client': `agent_sessions WHERE client_id IS NOT NULL AND client_id NOT IN ${clients}`,
      'treatments user': `treatments WHERE service_user_id NOT IN ${people} OR line_id NOT IN ${lines} OR client_id NOT IN ${clients}`,
      'treatments specialist': `treatments WHERE specialist_id IS NOT NULL AND specialist_id NOT IN ${specialists}`,
      'treatment comments': `treatment_comments WHERE treatment_id NOT IN (SELECT id FROM treatments WHERE account = '${A}') OR author_id NOT IN ${people}`,
      calls: `calls WHERE service_user_id NOT IN ${people} OR line_id NOT IN ${lines} OR caller_id NOT IN ${people} OR callee_id NOT IN ${people} OR specialist_id NOT IN ${specialists} OR treatment_id NOT IN (SELECT id FROM treatments WHERE account = '${A}')`,
      'call comments': `call_comments WHERE call_id NOT IN (SELECT id FROM calls WHERE account = '${A}') OR author NOT IN ${people}`,
      'ra sessions': `ra_sessions WHERE service_user_id NOT IN ${people} OR line_id NOT IN ${lines} OR admin_agent_id NOT IN ${specialists} OR host_agent_id NOT IN ${people}`,
      'ra comments': `ra_comments WHERE ra_session_id NOT IN (SELECT id FROM ra_sessions WHERE account = '${A}') OR author NOT IN ${people}`,
      'sip calls': `sip_calls WHERE specialist_id NOT IN ${specialists}`,
      'chat user': `chat_messages WHERE service_user_id NOT IN ${people} OR line_id NOT IN ${lines} OR (client_id IS NOT NULL AND client_id NOT IN ${clients})`,
      'chat author': `chat_messages WHERE author_id IS NOT NULL AND author_id NOT IN ${people}`,
      'chat treatment': `chat_messages WHERE treatment_id IS NOT NULL AND treatment_id NOT IN (SELECT id FROM treatments WHERE account = '${A}')`,
      'file transfers': `file_transfers WHERE file_id NOT IN (SELECT id FROM files WHERE account = '${A}') OR owner_user_id NOT IN ${people} OR source_agent_id NOT IN ${people} OR line_id NOT IN ${lines}`,
      'colleague messages': `colleague_messages WHERE author_id NOT IN ${specialists} OR recipient_id NOT IN ${specialists}`,
    };
    for (const [what, where] of Object.entries(orphans)) {
      expect(count(db, `SELECT COUNT(*) AS n FROM ${where.replace(' WHERE ', ' WHERE account = ? AND (')})`), what).toBe(0);
    }
    // Payload ids are people, lines or the vendor.
    const known = new Set(all(db, `SELECT id FROM client_users WHERE account = ? UNION SELECT id FROM specialists WHERE account = '${A}' UNION SELECT id FROM support_lines WHERE account = '${A}' UNION SELECT id FROM partners WHERE account = '${A}' UNION SELECT id FROM calls WHERE account = '${A}' UNION SELECT id FROM service_requests WHERE account = '${A}'`).map((r) => r.id));
    for (const m of all(db, 'SELECT message_type, message FROM chat_messages WHERE account = ? AND message_type <> 1')) {
      // A transaction id names a change, not an object.
      for (const id of String(m.message).replace(/<transaction_id>[^<]*<\/transaction_id>/, '').match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []) {
        if (m.message_type === 16 && !known.has(id)) continue; // a recording's own id
        expect(known.has(id), `${id} in type ${m.message_type}`).toBe(true);
      }
    }
  });

  it('gives every event a well-formed id', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const table of ['agent_sessions', 'treatments', 'treatment_comments', 'calls', 'call_comments', 'ra_sessions', 'ra_comments', 'sip_calls', 'chat_messages', 'file_transfers', 'colleague_messages']) {
      const ids = all(db, `SELECT id FROM ${table} WHERE account = ?`).map((r) => String(r.id));
      expect(ids.filter((id) => !uuid.test(id)), table).toEqual([]);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });

  it('serves other partners\' users on the partner\'s lines with their own ClientID (the vendor scheme)', () => {
    const foreign = all(db, `SELECT DISTINCT t.client_id FROM treatments t JOIN clients c ON c.account = t.account AND c.id = t.client_id WHERE t.account = ? AND c.owner_partner_id <> '${WELL_KNOWN.partner}'`);
    expect(foreign.length).toBeGreaterThan(0);
    for (const { client_id } of foreign) {
      expect(count(db, `SELECT COUNT(*) AS n FROM client_visibility WHERE account = ? AND client_id = '${client_id}'`)).toBe(1);
    }
    expect(count(db, `SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND line_id = '${WELL_KNOWN.vendorLine}'`)).toBeGreaterThan(0);
  });

  it('has the people signed in on the days they are served or serve', () => {
    const day = (column: string) => `date(${column}, '+3 hours')`;
    const unsigned = (who: string, when: string, table: string) =>
      count(db, `SELECT COUNT(*) AS n FROM ${table} t WHERE t.account = ? AND ${when} IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM agent_sessions s WHERE s.account = t.account AND s.agent_id = ${who} AND ${day('s.started')} = ${day(when)})`);
    expect(unsigned('t.specialist_id', 't.spec_appointed', 'treatments'), 'specialists').toBe(0);
    const outside = count(db, `SELECT COUNT(*) AS n FROM treatments t WHERE t.account = ? AND NOT EXISTS (
      SELECT 1 FROM agent_sessions s WHERE s.account = t.account AND s.agent_id = t.service_user_id AND s.started <= t.initialized AND (s.ended IS NULL OR s.ended >= t.initialized))`);
    expect(outside, 'users').toBe(0);
  });

  it('closes treatments after they start, and leaves some open now', () => {
    expect(count(db, 'SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND closed IS NOT NULL AND closed < initialized')).toBe(0);
    expect(count(db, "SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND closed IS NOT NULL AND duration <> CAST(strftime('%s', closed) AS INTEGER) - CAST(strftime('%s', initialized) AS INTEGER)")).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND (spec_appointed < initialized OR reaction_started < spec_appointed)')).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND closed IS NULL')).toBeGreaterThan(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND closed IS NULL AND quality <> 0')).toBe(0);
  });

  it('writes every chat payload of spec 4.4 as XML with the fields of its type', () => {
    const parser = new XMLParser({ preserveOrder: true, parseTagValue: false });
    const seen = new Set<number>();
    for (const m of all(db, 'SELECT message_type, message FROM chat_messages WHERE account = ?')) {
      const type = Number(m.message_type);
      seen.add(type);
      if (type === TEXT_MESSAGE) continue;
      const fields = CHAT_PAYLOAD_FIELDS[type];
      expect(fields, `type ${type}`).toBeDefined();
      const doc = parser.parse(String(m.message)) as Record<string, { [tag: string]: unknown }[]>[];
      expect(doc.length).toBe(1);
      expect(Object.keys(doc[0])).toEqual(['buhphone']);
      expect(doc[0].buhphone.map((f) => Object.keys(f)[0]), `type ${type}`).toEqual(fields);
    }
    const simulated = [CALL_PAYLOAD_FIELDS, REMOTE_ACCESS_PAYLOAD_FIELDS, FILE_PAYLOAD_FIELDS, TREATMENT_PAYLOAD_FIELDS, BUSINESS_CONTACT_PAYLOAD_FIELDS, SERVICE_REQUEST_PAYLOAD_FIELDS].flatMap((g) => Object.keys(g).map(Number));
    expect([...seen].sort((a, b) => a - b)).toEqual([TEXT_MESSAGE, ...simulated].sort((a, b) => a - b));
  });

  it('keeps each transferred file\'s bytes under the MD5 and size it names', () => {
    const files = all(db, 'SELECT f.md5, f.size, f.content FROM file_transfers t JOIN files f ON f.account = t.account AND f.id = t.file_id WHERE t.account = ?');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      expect(md5Hex(f.content as Buffer)).toBe(f.md5);
      expect((f.content as Buffer).length).toBe(f.size);
    }
  });
});

describe('anchoring the history at the account\'s clock', { timeout: 60_000 }, () => {
  it('reseeds on reset with the clock set first, and a reset after a change restores the same world', () => {
    const runtime = createRuntime();
    try {
      const clock = { now: new Date('2024-03-01T12:00:00+03:00'), frozen: true };
      resetAccount(runtime, A, clock);
      expect(runtime.clocks.describe(A)).toEqual({ now: '2024-03-01T09:00:00.000Z', frozen: true, virtual: true });
      const dump = dumpWorld(runtime.db, A);
      const latest = (runtime.db.prepare('SELECT MAX(message_time) AS t FROM chat_messages WHERE account = ?').get(A) as { t: string }).t;
      expect(latest <= NOW_STAMP && latest > '2024-02-29T09:00:00Z').toBe(true);
      runtime.db.prepare('DELETE FROM treatments WHERE account = ?').run(A);
      resetAccount(runtime, A, clock);
      expect(dumpWorld(runtime.db, A)).toBe(dump);
      resetAccount(runtime, A, clock);
      expect(dumpWorld(runtime.db, A)).toBe(dump);
    } finally {
      runtime.db.close();
    }
  });

  it('takes an optional clock with POST /admin/api/accounts/:login/reset', async () => {
    const mock = await startMock();
    try {
      const res = await fetch(`${mock.url}/admin/api/accounts/demo/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ now: '2024-03-01T12:00:00+03:00', frozen: true }),
      });
      expect(await res.json()).toEqual({ login: 'demo', reset: true });
      expect(mock.runtime.clocks.describe('demo')).toEqual({ now: '2024-03-01T09:00:00.000Z', frozen: true, virtual: true });
      expect(count(mock.runtime.db, `SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND initialized > '${NOW_STAMP}'`)).toBe(0);
      expect(count(mock.runtime.db, `SELECT COUNT(*) AS n FROM treatments WHERE account = ? AND initialized > '2024-02-29T09:00:00Z'`)).toBeGreaterThan(0);
      const bad = await fetch(`${mock.url}/admin/api/accounts/demo/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: 'вчера' }) });
      expect(bad.status).toBe(400);
    } finally {
      await mock.close();
    }
  });
});
