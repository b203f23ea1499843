import { describe, it, expect } from 'vitest';
import { DEFAULT_SEED, SEED_EPOCH, WELL_KNOWN, WORLD_SIZES } from '../../seed/demo-world.js';
import { REGIONS } from '../../seed/regions.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { dumpWorld } from '../../src/seed/dump-world.js';
import { deleteWorld } from '../../src/seed/reset-world.js';
import { seedWorld } from '../../src/seed/seed-world.js';

const ACCOUNT = 'demo';

function seeded(seed = DEFAULT_SEED, account = ACCOUNT): Db {
  const db = openDatabase();
  seedWorld(db, account, seed);
  return db;
}

type Row = Record<string, string | number | null>;

function rows(db: Db, sql: string, ...params: unknown[]): Row[] {
  return db.prepare(sql).all(...params) as Row[];
}

function one(db: Db, table: string, id: string): Row | undefined {
  return db.prepare(`SELECT * FROM ${table} WHERE account = ? AND id = ?`).get(ACCOUNT, id) as Row | undefined;
}

function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

// Each world holds ~90 days of activity: seeding and dumping one takes a moment on a busy machine.
describe('seedWorld', { timeout: 60_000 }, () => {
  const db = seeded();

  it('gives byte-identical worlds for the same seed, and a different one for another seed', () => {
    const dump = dumpWorld(db, ACCOUNT);
    expect(dumpWorld(seeded(), ACCOUNT)).toBe(dump);
    expect(dumpWorld(seeded(DEFAULT_SEED + 1), ACCOUNT)).not.toBe(dump);
    expect(dump).toContain('Линия консультаций');
  });

  it('gives every account the same world', () => {
    expect(dumpWorld(seeded(DEFAULT_SEED, 'other'), 'other')).toBe(dumpWorld(db, ACCOUNT));
  });

  it('refuses to seed a world that is not empty', () => {
    expect(() => seedWorld(db, ACCOUNT, DEFAULT_SEED)).toThrow(/not empty/);
  });

  it('puts the well-known objects where docs and tests expect them', () => {
    expect(one(db, 'partners', WELL_KNOWN.partner)).toMatchObject({ kind: 'self', name: 'ООО «Демо-Партнёр»' });
    expect(one(db, 'partners', WELL_KNOWN.vendorPartner)).toMatchObject({ kind: 'vendor' });
    expect(one(db, 'partners', WELL_KNOWN.otherPartner)).toMatchObject({ kind: 'partner' });
    expect(one(db, 'regions', WELL_KNOWN.regionMoscow)).toMatchObject({ name: 'Москва' });
    expect(one(db, 'regions', WELL_KNOWN.regionKamchatka)).toMatchObject({ name: 'Камчатский край' });

    const ownClient = one(db, 'clients', WELL_KNOWN.ownClient);
    expect(ownClient).toMatchObject({
      owner_partner_id: WELL_KNOWN.partner,
      kind: 'client',
      deleted: 0,
      region_id: WELL_KNOWN.regionMoscow,
    });
    expect(String(ownClient?.inn)).toMatch(/^\d{10}$/);
    expect(String(ownClient?.reg_number_ppic)).toMatch(/^\d{9,12}$/);
    for (const manager of [ownClient?.client_manager_id, ownClient?.service_manager_id]) {
      expect(one(db, 'specialists', String(manager))).toMatchObject({ partner_id: WELL_KNOWN.partner, deleted: 0 });
    }
    expect(count(db, 'SELECT COUNT(*) AS n FROM client_users WHERE account = ? AND client_id = ? AND deleted = 0', ACCOUNT, WELL_KNOWN.ownClient))
      .toBeGreaterThan(0);

    expect(one(db, 'clients', WELL_KNOWN.deletedOwnClient)).toMatchObject({ owner_partner_id: WELL_KNOWN.partner, deleted: 1 });
    expect(one(db, 'clients', WELL_KNOWN.thirdPartyClient)).toMatchObject({ owner_partner_id: WELL_KNOWN.otherPartner, deleted: 0 });
    expect(one(db, 'clients', WELL_KNOWN.invisibleClient)).toMatchObject({ owner_partner_id: WELL_KNOWN.otherPartner, deleted: 0 });

    expect(one(db, 'departments', WELL_KNOWN.department)).toMatchObject({ partner_id: WELL_KNOWN.partner, name: 'Линия консультаций' });
    expect(one(db, 'departments', WELL_KNOWN.foreignDepartment)).toMatchObject({ partner_id: WELL_KNOWN.otherPartner });
    expect(one(db, 'specialists', WELL_KNOWN.specialist)).toMatchObject({ partner_id: WELL_KNOWN.partner, deleted: 0 });
    expect(one(db, 'support_lines', WELL_KNOWN.supportLine)).toMatchObject({
      partner_id: WELL_KNOWN.partner,
      kind: 'own',
      name: 'Линия консультации по 1С',
    });
    const vendorLine = one(db, 'support_lines', WELL_KNOWN.vendorLine);
    expect(vendorLine).toMatchObject({ partner_id: WELL_KNOWN.partner, kind: 'imported' });
    expect(one(db, 'support_lines', String(vendorLine?.source_line_id))).toMatchObject({
      partner_id: WELL_KNOWN.vendorPartner,
      kind: 'own',
    });
  });

  it('makes exactly the right clients visible to the demo partner', () => {
    const visible = (id: string): boolean =>
      count(db, 'SELECT COUNT(*) AS n FROM client_visibility WHERE account = ? AND partner_id = ? AND client_id = ?', ACCOUNT, WELL_KNOWN.partner, id) === 1;
    expect(visible(WELL_KNOWN.thirdPartyClient)).toBe(true);
    expect(visible(WELL_KNOWN.invisibleClient)).toBe(false);
    expect(visible(WELL_KNOWN.otherPartner)).toBe(true);
    expect(visible(WELL_KNOWN.vendorPartner)).toBe(true);
    expect(visible(WELL_KNOWN.partner)).toBe(false);

    const foreignVisible = rows(db, `
      SELECT c.id FROM client_visibility v JOIN clients c ON c.account = v.account AND c.id = v.client_id
      WHERE v.account = ? AND c.kind = 'client'`, ACCOUNT);
    expect(foreignVisible).toHaveLength(WORLD_SIZES.visibleOtherPartnerClients + 1);
    // Each visible client has users served on the demo partner's line: that is why it is visible.
    for (const { id } of foreignVisible) {
      expect(count(db, `
        SELECT COUNT(*) AS n FROM line_users l JOIN client_users u ON u.account = l.account AND u.id = l.user_id
        WHERE l.account = ? AND l.line_id = ? AND u.client_id = ?`, ACCOUNT, WELL_KNOWN.supportLine, id)).toBeGreaterThan(0);
    }
  });

  it('fills the world to the configured sizes', () => {
    const n = (sql: string, ...params: unknown[]): number => count(db, sql, ACCOUNT, ...params);
    expect(n('SELECT COUNT(*) AS n FROM regions WHERE account = ?')).toBe(REGIONS.length);
    expect(n("SELECT COUNT(*) AS n FROM clients WHERE account = ? AND owner_partner_id = ? AND kind = 'client' AND deleted = 0", WELL_KNOWN.partner))
      .toBe(WORLD_SIZES.ownClients + 1);
    expect(n("SELECT COUNT(*) AS n FROM clients WHERE account = ? AND owner_partner_id = ? AND deleted = 1", WELL_KNOWN.partner))
      .toBe(WORLD_SIZES.deletedOwnClients + 1);
    expect(n("SELECT COUNT(*) AS n FROM clients WHERE account = ? AND kind = 'partner' AND id = owner_partner_id")).toBe(3);
    expect(n('SELECT COUNT(*) AS n FROM departments WHERE account = ? AND partner_id = ?', WELL_KNOWN.partner)).toBe(WORLD_SIZES.departments);
    expect(n('SELECT COUNT(*) AS n FROM specialists WHERE account = ? AND partner_id = ?', WELL_KNOWN.partner)).toBe(WORLD_SIZES.specialists);
    expect(n('SELECT COUNT(*) AS n FROM specialists WHERE account = ? AND partner_id = ? AND deleted = 1', WELL_KNOWN.partner)).toBe(1);
    expect(n("SELECT COUNT(*) AS n FROM support_lines WHERE account = ? AND partner_id = ? AND kind = 'own' AND deleted = 0", WELL_KNOWN.partner))
      .toBe(WORLD_SIZES.supportLines);
    expect(n('SELECT COUNT(*) AS n FROM partner_regions WHERE account = ? AND partner_id = ? AND region_id = ?', WELL_KNOWN.partner, WELL_KNOWN.regionKamchatka))
      .toBe(0);
  });

  it('keeps every value within the specification and the store formats', () => {
    for (const c of rows(db, 'SELECT * FROM clients WHERE account = ?', ACCOUNT)) {
      expect(String(c.name).length).toBeLessThanOrEqual(50);
      expect(String(c.full_name).length).toBeLessThanOrEqual(255);
      expect(String(c.inn)).toMatch(/^(\d{10}|\d{12})$/);
      expect(String(c.reg_number_ppic)).toMatch(/^(\d{9,12})?$/);
      expect(c.created_at).toMatch(UTC);
      expect(String(c.changed_at) >= String(c.created_at)).toBe(true);
    }
    for (const d of rows(db, 'SELECT * FROM departments WHERE account = ?', ACCOUNT)) {
      expect(String(d.name).length).toBeLessThanOrEqual(100);
    }
    for (const s of rows(db, 'SELECT * FROM specialists WHERE account = ?', ACCOUNT)) {
      for (const field of ['name', 'surname', 'secondary_name']) expect(String(s[field]).length).toBeLessThanOrEqual(20);
      expect(String(s.post).length).toBeLessThanOrEqual(50);
      expect(Number(s.login)).toBeLessThan(10_000_000_000);
    }
    const people = rows(db, `
      SELECT login, email, phone, birthday, created_at, changed_at FROM client_users WHERE account = ?
      UNION ALL SELECT login, email, phone, birthday, created_at, changed_at FROM specialists WHERE account = ?`, ACCOUNT, ACCOUNT);
    expect(new Set(people.map((p) => p.login)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    for (const p of people) {
      expect(String(p.email)).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(String(p.phone)).toMatch(/^(\+7 9\d{2} \d{3}-\d{2}-\d{2})?$/);
      if (p.birthday !== null) expect(String(p.birthday)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.changed_at).toMatch(UTC);
      expect(String(p.changed_at) <= SEED_EPOCH).toBe(true);
    }
  });
});

describe('deleteWorld', { timeout: 60_000 }, () => {
  it('restores the same world when seeded again', () => {
    const db = seeded();
    const dump = dumpWorld(db, ACCOUNT);
    deleteWorld(db, ACCOUNT);
    expect(count(db, 'SELECT COUNT(*) AS n FROM clients WHERE account = ?', ACCOUNT)).toBe(0);
    seedWorld(db, ACCOUNT, DEFAULT_SEED);
    expect(dumpWorld(db, ACCOUNT)).toBe(dump);
  });

  it('leaves other accounts alone', () => {
    const db = seeded();
    seedWorld(db, 'second', DEFAULT_SEED);
    const dump = dumpWorld(db, 'second');
    deleteWorld(db, ACCOUNT);
    expect(dumpWorld(db, ACCOUNT)).toBe(dumpWorld(openDatabase(), ACCOUNT));
    expect(dumpWorld(db, 'second')).toBe(dump);
  });
});
