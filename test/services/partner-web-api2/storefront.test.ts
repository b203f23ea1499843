import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../../../seed/demo-world.js';
import { formatLocal } from '../../../src/time/account-dates.js';
import { callWith, type ParamInput } from '../../support/soap-client.js';
import { bothVersions, useMock } from '../../support/use-mock.js';

type Row = Record<string, string | null>;
type DbRow = Record<string, unknown>;

const MOSCOW = 180;
const wire = (stored: unknown) => (stored ? formatLocal(new Date(stored as string), MOSCOW) : '0001-01-01T00:00:00');

describe('PartnerWebAPI2 storefront (spec 3.17–3.20, 3.48–3.50)', () => {
  const f = useMock();
  const one = <T = DbRow>(sql: string, ...args: unknown[]) => f.mock.runtime.db.prepare(sql).get(...args) as T;
  const all = <T = DbRow>(sql: string, ...args: unknown[]) => f.mock.runtime.db.prepare(sql).all(...args) as T[];
  const clickers = (itemId: string) => one<{ n: number }>(`SELECT COUNT(DISTINCT user_id) AS n FROM storefront_clicks WHERE account = 'demo' AND partner_id = ? AND item_id = ?`, WELL_KNOWN.partner, itemId).n;
  const setClickLogs = async (on: boolean) => {
    const res = await fetch(`${f.mock.url}/admin/api/accounts/demo/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ storefrontClickLogs: on }),
    });
    expect(res.ok).toBe(true);
  };

  describe.each(bothVersions(f))('StorefrontProductsRead over %s', (_name, client) => {
    it('lists own and common products that are not deleted, in the columns of 3.17, with a PNG picture', async () => {
      const r = await callWith(client(), 'StorefrontProductsRead');
      expect(r.code).toBe('SUCCESS');
      const rows = r.data as Row[];
      const expectedIds = all<{ id: string }>(
        `SELECT id FROM storefront_products WHERE account = 'demo' AND deleted = 0 AND (partner_id = ? OR common = 1)`,
        WELL_KNOWN.partner,
      ).map((p) => p.id);
      expect(rows.map((p) => p.ProductID).sort()).toEqual(expectedIds.sort());
      expect(rows).toHaveLength(9);
      expect(rows.map((p) => p.ProductID)).not.toContain(WELL_KNOWN.deletedOwnProduct);

      const product = rows.find((p) => p.ProductID === WELL_KNOWN.ownProduct)!;
      const stored = one(`SELECT * FROM storefront_products WHERE account = 'demo' AND id = ?`, WELL_KNOWN.ownProduct);
      expect(Object.keys(product)).toEqual([
        'ProductID', 'Name', 'OwnProduct', 'Cost', 'Picture', 'EnabledToShow', 'DescriptionURL', 'EMailForNotification',
        'PublicationDate', 'PublicationEndDate', 'ShowsCount', 'UniqueShowsCount', 'ClicksCount', 'CreateTime',
      ]);
      expect(product).toEqual({
        ProductID: WELL_KNOWN.ownProduct,
        Name: 'Продление 1С:ИТС ПРОФ',
        OwnProduct: 'true',
        Cost: 'от 7 680 ₽/мес',
        Picture: (stored.picture as Buffer).toString('base64'),
        EnabledToShow: 'true',
        DescriptionURL: 'https://demo-partner.ru/shop/its-prof',
        EMailForNotification: 'shop@demo-partner.ru',
        PublicationDate: wire(stored.publication_date),
        PublicationEndDate: wire(stored.publication_end_date),
        ShowsCount: String(stored.shows_count),
        UniqueShowsCount: String(stored.unique_shows_count),
        ClicksCount: String(clickers(WELL_KNOWN.ownProduct)),
        CreateTime: wire(stored.created_at),
      });
      const png = PNG.sync.read(Buffer.from(product.Picture!, 'base64'));
      expect([png.width, png.height]).toEqual([96, 64]);
      expect(r).toBeDefined();
    });
  });

  it('keeps the counters consistent with the click log: shows ≥ unique shows ≥ people who clicked', async () => {
    const rows = (await callWith(f.soap11, 'StorefrontProductsRead')).data as Row[];
    for (const p of rows) {
      expect(Number(p.ClicksCount)).toBe(clickers(p.ProductID!));
      expect(Number(p.ClicksCount)).toBeGreaterThan(0);
      expect(Number(p.UniqueShowsCount)).toBeGreaterThanOrEqual(Number(p.ClicksCount));
      expect(Number(p.ShowsCount)).toBeGreaterThanOrEqual(Number(p.UniqueShowsCount));
    }
    const common = rows.find((p) => p.ProductID === WELL_KNOWN.commonProduct)!;
    expect(common).toMatchObject({ OwnProduct: 'false', EMailForNotification: 'partners@soft-vendor.ru' });
  });

  it('filters by EnabledToShow and OwnProduct', async () => {
    const ids = async (params: Record<string, ParamInput>) => ((await callWith(f.soap11, 'StorefrontProductsRead', params)).data as Row[]).map((p) => p.ProductID);
    expect(await ids({ EnabledToShow: false })).toEqual([WELL_KNOWN.hiddenOwnProduct]);
    expect(await ids({ OwnProduct: false })).toHaveLength(4);
    expect(await ids({ OwnProduct: false })).toContain(WELL_KNOWN.commonProduct);
    expect(await ids({ OwnProduct: true })).toHaveLength(5);
    expect(await ids({ OwnProduct: true, EnabledToShow: true })).toHaveLength(4);
    expect(await ids({ OwnProduct: true, EnabledToShow: false })).toEqual([WELL_KNOWN.hiddenOwnProduct]);
    expect(await callWith(f.soap11, 'StorefrontProductsRead', { EnabledToShow: 'да' })).toEqual({ code: 'TYPE_MISMATCH', data: 'EnabledToShow' });
    expect(await callWith(f.soap11, 'StorefrontProductsRead', { OwnProduct: 1 })).toEqual({ code: 'TYPE_MISMATCH', data: 'OwnProduct' });
  });

  describe('StartPictureRead', () => {
    it('lists own and common pictures that are not deleted, in the columns of 3.18', async () => {
      const rows = (await callWith(f.soap11, 'StartPictureRead')).data as Row[];
      expect(rows).toHaveLength(6);
      expect(rows.map((p) => p.StartPictureID)).not.toContain(WELL_KNOWN.deletedStartPicture);
      const stored = one(`SELECT * FROM start_pictures WHERE account = 'demo' AND id = ?`, WELL_KNOWN.ownStartPicture);
      expect(rows.find((p) => p.StartPictureID === WELL_KNOWN.ownStartPicture)).toEqual({
        StartPictureID: WELL_KNOWN.ownStartPicture,
        Name: 'Новый релиз Бухгалтерии: что изменилось',
        OwnStartPicture: 'true',
        EnabledToShow: 'true',
        StartPictureType: 'CLIENTS',
        DescriptionURL: 'https://demo-partner.ru/shop/release',
        ShowsLimit: String(stored.shows_limit),
        EMailForNotification: 'marketing@demo-partner.ru',
        PublicationDate: wire(stored.publication_date),
        PublicationEndDate: wire(stored.publication_end_date),
        ShowsCount: String(stored.shows_count),
        UniqueShowsCount: String(stored.unique_shows_count),
        ClicksCount: String(clickers(WELL_KNOWN.ownStartPicture)),
        CreateTime: wire(stored.created_at),
      });
      expect(rows.find((p) => p.StartPictureID === WELL_KNOWN.commonStartPicture)).toMatchObject({ OwnStartPicture: 'false', StartPictureType: 'BIRTHDAYS', Name: 'С днём рождения!' });
    });

    it('filters by EnabledToShow, OwnProduct and StartPictureType', async () => {
      const names = async (params: Record<string, ParamInput>) => ((await callWith(f.soap11, 'StartPictureRead', params)).data as Row[]).map((p) => p.Name);
      expect(await names({ StartPictureType: 'BIRTHDAYS' })).toEqual(['С днём рождения от Демо-Партнёра!', 'С днём рождения!']);
      expect(await names({ StartPictureType: 'SPECIALISTS' })).toEqual(['Регламент работы линии консультаций']);
      expect(await names({ StartPictureType: 'CLIENTS', OwnProduct: false })).toEqual(['1С:ИТС — всё для работы с 1С']);
      expect(await names({ EnabledToShow: false })).toEqual(['Вебинар для бухгалтеров: закрытие года']);
      expect(await names({ OwnProduct: true })).toHaveLength(4);
      expect(await callWith(f.soap11, 'StartPictureRead', { StartPictureType: 'ALL' })).toEqual({ code: 'VALUE_IS_NOT_VALID', data: 'StartPictureType' });
      expect(await callWith(f.soap11, 'StartPictureRead', { StartPictureType: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'StartPictureType' });
      expect(await callWith(f.soap11, 'StartPictureRead', { StartPictureType: true })).toEqual({ code: 'TYPE_MISMATCH', data: 'StartPictureType' });
    });
  });

  describe('click logs', () => {
    const logs: [string, string, string][] = [
      ['StorefrontProductClicksHistoryRead', 'ProductID', 'product'],
      ['StartPictureClicksHistoryRead', 'StartPictureID', 'picture'],
    ];

    it.each(logs)('%s without the click-log subscription: AVAILABLE_BY_SUBSCRIPTION, whatever the parameters', async (op) => {
      await setClickLogs(false);
      const refused = { code: 'AVAILABLE_BY_SUBSCRIPTION', data: `Операция ${op} доступна по подписке «Журнал кликов витрины»` };
      expect(await callWith(f.soap11, op)).toEqual(refused);
      expect(await callWith(f.soap11, op, { PeriodFrom: 'вчера' })).toEqual(refused);
      await setClickLogs(true);
      expect((await callWith(f.soap11, op)).code).toBe('SUCCESS');
    });

    it.each(logs)('%s lists the clicks inside the period, each by an existing person of an existing client', async (op, idName, kind) => {
      const from = '2024-01-20T00:00:00';
      const to = '2024-02-10T23:59:59';
      const r = await callWith(f.soap11, op, { PeriodFrom: { dateTime: from }, PeriodTo: { dateTime: to } });
      expect(r.code).toBe('SUCCESS');
      const rows = r.data as Row[];
      expect(rows.length).toBeGreaterThan(5);
      expect(Object.keys(rows[0])).toEqual([idName, 'ClickMoment', 'ClientID', 'ServiceUserID', 'CurrentLink']);
      for (const row of rows) {
        expect(row.ClickMoment! >= from && row.ClickMoment! <= to, row.ClickMoment!).toBe(true);
        expect(one(`SELECT 1 AS ok FROM clients WHERE account = 'demo' AND id = ?`, row.ClientID), 'client').toBeDefined();
        const person =
          one(`SELECT 1 AS ok FROM client_users WHERE account = 'demo' AND id = ? AND client_id = ?`, row.ServiceUserID, row.ClientID) ??
          one(`SELECT 1 AS ok FROM specialists WHERE account = 'demo' AND id = ? AND partner_id = ?`, row.ServiceUserID, row.ClientID);
        expect(person, `${row.ServiceUserID} of ${row.ClientID}`).toBeDefined();
      }
      const moments = rows.map((c) => c.ClickMoment!);
      expect(moments).toEqual([...moments].sort());
      const table = kind === 'product' ? 'storefront_products' : 'start_pictures';
      const expected = one<{ n: number }>(
        `SELECT COUNT(*) AS n FROM storefront_clicks c JOIN ${table} i ON i.account = c.account AND i.id = c.item_id
         WHERE c.account = 'demo' AND c.partner_id = ? AND i.deleted = 0 AND c.clicked_at BETWEEN ? AND ?`,
        WELL_KNOWN.partner,
        '2024-01-19T21:00:00Z',
        '2024-02-10T20:59:59Z',
      ).n;
      expect(rows).toHaveLength(expected);
    });

    it('never lists clicks on deleted items nor clicks on other storefronts', async () => {
      const rows = (await callWith(f.soap11, 'StorefrontProductClicksHistoryRead')).data as Row[];
      const deleted = all<{ id: string }>(`SELECT id FROM storefront_products WHERE account = 'demo' AND deleted = 1`).map((p) => p.id);
      expect(all(`SELECT 1 FROM storefront_clicks WHERE account = 'demo' AND item_id = ?`, WELL_KNOWN.deletedOwnProduct).length).toBeGreaterThan(0);
      expect(rows.filter((c) => deleted.includes(c.ProductID!))).toEqual([]);
      const own = one<{ n: number }>(`SELECT COUNT(*) AS n FROM storefront_clicks c JOIN storefront_products i ON i.account = c.account AND i.id = c.item_id WHERE c.account = 'demo' AND c.partner_id = ? AND i.deleted = 0`, WELL_KNOWN.partner).n;
      expect(rows).toHaveLength(own);
      expect(rows.map((c) => c.ClientID)).not.toContain(WELL_KNOWN.invisibleClient);
    });

    it('filters by the item, and checks the item and the period', async () => {
      const rows = (await callWith(f.soap11, 'StorefrontProductClicksHistoryRead', { ProductID: WELL_KNOWN.ownProduct })).data as Row[];
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((c) => c.ProductID))).toEqual(new Set([WELL_KNOWN.ownProduct]));
      expect(new Set(rows.map((c) => c.CurrentLink))).toEqual(new Set(['https://demo-partner.ru/shop/its-prof']));
      const pictures = (await callWith(f.soap11, 'StartPictureClicksHistoryRead', { StartPictureID: WELL_KNOWN.commonStartPicture })).data as Row[];
      expect(new Set(pictures.map((c) => c.StartPictureID))).toEqual(new Set([WELL_KNOWN.commonStartPicture]));

      const foreignProduct = one<{ id: string }>(`SELECT id FROM storefront_products WHERE account = 'demo' AND partner_id = ?`, WELL_KNOWN.otherPartner).id;
      const cases: [string, Record<string, ParamInput>, string, string][] = [
        ['StorefrontProductClicksHistoryRead', { ProductID: WELL_KNOWN.deletedOwnProduct }, 'UID_NOT_CORRECT', 'ProductID'],
        ['StorefrontProductClicksHistoryRead', { ProductID: foreignProduct }, 'UID_NOT_CORRECT', 'ProductID'],
        ['StorefrontProductClicksHistoryRead', { ProductID: WELL_KNOWN.ownStartPicture }, 'UID_NOT_CORRECT', 'ProductID'],
        ['StorefrontProductClicksHistoryRead', { ProductID: 'b201' }, 'UID_NOT_CORRECT', 'ProductID'],
        ['StorefrontProductClicksHistoryRead', { ProductID: '' }, 'EMPTY_PARAM', 'ProductID'],
        ['StartPictureClicksHistoryRead', { StartPictureID: WELL_KNOWN.deletedStartPicture }, 'UID_NOT_CORRECT', 'StartPictureID'],
        ['StartPictureClicksHistoryRead', { StartPictureID: WELL_KNOWN.ownProduct }, 'UID_NOT_CORRECT', 'StartPictureID'],
        ['StartPictureClicksHistoryRead', { PeriodFrom: { dateTime: '0001-01-01T00:00:00' } }, 'EMPTY_PARAM', 'PeriodFrom'],
        ['StartPictureClicksHistoryRead', { PeriodTo: 'завтра' }, 'TYPE_MISMATCH', 'PeriodTo'],
        [
          'StorefrontProductClicksHistoryRead',
          { PeriodFrom: { dateTime: '2024-02-10T00:00:00' }, PeriodTo: { dateTime: '2024-02-01T00:00:00' } },
          'PARAM_NOT_CORRECT',
          'PeriodFrom: начало периода позже его окончания',
        ],
      ];
      for (const [op, params, code, data] of cases) {
        expect(await callWith(f.soap11, op, params), `${op} ${JSON.stringify(params)}`).toEqual({ code, data });
      }
    });

    it('writes ClickMoment in the account time zone', async () => {
      const click = one<{ clicked_at: string }>(`SELECT clicked_at FROM storefront_clicks WHERE account = 'demo' AND item_id = ? ORDER BY clicked_at LIMIT 1`, WELL_KNOWN.ownProduct);
      const rows = (await callWith(f.soap11, 'StorefrontProductClicksHistoryRead', { ProductID: WELL_KNOWN.ownProduct })).data as Row[];
      expect(rows[0].ClickMoment).toBe(wire(click.clicked_at));
    });
  });

  describe('buy requests', () => {
    const get = async (params: Record<string, ParamInput> = {}) => {
      const r = await callWith(f.soap11, 'StorefrontProductBuyRequestsGet', params);
      expect(r.code, JSON.stringify(r.data)).toBe('SUCCESS');
      return r.data as Row[];
    };

    it('lists the partner requests in the columns of 3.48', async () => {
      const rows = await get();
      expect(rows).toHaveLength(all(`SELECT 1 FROM storefront_buy_requests WHERE account = 'demo' AND partner_id = ?`, WELL_KNOWN.partner).length);
      expect(rows.map((b) => b.RequestID)).not.toContain(WELL_KNOWN.foreignBuyRequest);
      expect(rows.find((b) => b.RequestID === WELL_KNOWN.buyRequest)).toEqual({
        RequestID: WELL_KNOWN.buyRequest,
        ProductID: WELL_KNOWN.ownProduct,
        AgentCreatorID: WELL_KNOWN.requesterUser,
        Status: 'ON_CONSIDERATION',
        CreationTime: '2024-02-24T12:00:00',
        ExecutedTime: '0001-01-01T00:00:00',
      });
      expect(new Set(rows.map((b) => b.Status))).toEqual(new Set(['ON_CONSIDERATION', 'ACCEPTED', 'REJECTED']));
    });

    it('applies every filter of 3.48', async () => {
      expect((await get({ RequestID: WELL_KNOWN.buyRequest })).map((b) => b.RequestID)).toEqual([WELL_KNOWN.buyRequest]);
      const forProduct = await get({ ProductID: WELL_KNOWN.commonProduct });
      expect(forProduct.map((b) => b.RequestID)).toContain(WELL_KNOWN.acceptedBuyRequest);
      expect(new Set(forProduct.map((b) => b.ProductID))).toEqual(new Set([WELL_KNOWN.commonProduct]));
      expect((await get({ AgentCreatorID: WELL_KNOWN.requesterUser })).map((b) => b.RequestID)).toContain(WELL_KNOWN.buyRequest);
      const accepted = await get({ Status: 'ACCEPTED' });
      expect(accepted.length).toBeGreaterThan(0);
      expect(new Set(accepted.map((b) => b.Status))).toEqual(new Set(['ACCEPTED']));
      expect(accepted.every((b) => b.ExecutedTime! > b.CreationTime!)).toBe(true);
      const window = await get({ CreateTimeFrom: { dateTime: '2024-02-24T12:00:00' }, CreateTimeTo: { dateTime: '2024-02-24T12:00:00' } });
      expect(window.map((b) => b.RequestID)).toEqual([WELL_KNOWN.buyRequest]);
      expect(await get({ CreateTimeFrom: { dateTime: '2024-02-24T12:00:01' }, RequestID: WELL_KNOWN.buyRequest })).toEqual([]);
      const all3 = await get();
      const since = await get({ CreateTimeFrom: { dateTime: '2024-02-01T00:00:00' } });
      const until = await get({ CreateTimeTo: { dateTime: '2024-01-31T23:59:59' } });
      expect(since.length + until.length).toBe(all3.length);
    });

    it('checks the filters', async () => {
      const cases: [Record<string, ParamInput>, string, string][] = [
        [{ CreateTimeFrom: { dateTime: '0001-01-01T00:00:00' } }, 'EMPTY_PARAM', 'CreateTimeFrom'],
        [{ CreateTimeTo: { dateTime: '0001-01-01T00:00:00' } }, 'EMPTY_PARAM', 'CreateTimeTo'],
        [{ CreateTimeFrom: 'сегодня' }, 'TYPE_MISMATCH', 'CreateTimeFrom'],
        [{ RequestID: '' }, 'EMPTY_PARAM', 'RequestID'],
        [{ RequestID: WELL_KNOWN.foreignBuyRequest }, 'UID_NOT_CORRECT', 'RequestID'],
        [{ ProductID: '' }, 'EMPTY_PARAM', 'ProductID'],
        [{ ProductID: 'x' }, 'UID_NOT_CORRECT', 'ProductID'],
        [{ AgentCreatorID: '' }, 'EMPTY_PARAM', 'AgentCreatorID'],
        [{ AgentCreatorID: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001' }, 'UID_NOT_CORRECT', 'AgentCreatorID'],
        [{ Status: '' }, 'EMPTY_PARAM', 'Status'],
        [{ Status: 'NEW' }, 'VALUE_IS_NOT_VALID', 'Status'],
        [
          { CreateTimeFrom: { dateTime: '2024-02-24T00:00:00' }, CreateTimeTo: { dateTime: '2024-02-23T00:00:00' } },
          'PARAM_NOT_CORRECT',
          'CreateTimeFrom: начало периода позже его окончания',
        ],
      ];
      for (const [params, code, data] of cases) {
        expect(await callWith(f.soap11, 'StorefrontProductBuyRequestsGet', params), JSON.stringify(params)).toEqual({ code, data });
      }
      expect(await get({ AgentCreatorID: WELL_KNOWN.specialist })).toBeDefined();
    });

    it('scenario: a request ON_CONSIDERATION is accepted once; a second Accept or a Refuse changes nothing', async () => {
      const accept = (id: string) => callWith(f.soap11, 'StorefrontProductBuyRequestAccept', { RequestID: id });
      const refuse = (id: string) => callWith(f.soap11, 'StorefrontProductBuyRequestRefuse', { RequestID: id });
      expect(await accept(WELL_KNOWN.buyRequest)).toEqual({ code: 'SUCCESS', data: null });
      const accepted = { RequestID: WELL_KNOWN.buyRequest, ProductID: WELL_KNOWN.ownProduct, AgentCreatorID: WELL_KNOWN.requesterUser, Status: 'ACCEPTED', CreationTime: '2024-02-24T12:00:00', ExecutedTime: '2024-03-01T12:00:00' };
      expect(await get({ RequestID: WELL_KNOWN.buyRequest })).toEqual([accepted]);

      const res = await fetch(`${f.mock.url}/admin/api/accounts/demo/clock`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: '2024-03-01T15:00:00+03:00', frozen: true }) });
      expect(res.ok).toBe(true);
      const done = { code: 'PARAM_NOT_CORRECT', data: 'RequestID: заявка уже рассмотрена (ACCEPTED)' };
      expect(await accept(WELL_KNOWN.buyRequest)).toEqual(done);
      expect(await refuse(WELL_KNOWN.buyRequest)).toEqual(done);
      expect(await get({ RequestID: WELL_KNOWN.buyRequest })).toEqual([accepted]);
      expect(await refuse(WELL_KNOWN.acceptedBuyRequest)).toEqual(done);
    });

    it('Refuse turns a request ON_CONSIDERATION into REJECTED; another partner request is not found', async () => {
      expect(await callWith(f.soap11, 'StorefrontProductBuyRequestRefuse', { RequestID: WELL_KNOWN.buyRequest })).toEqual({ code: 'SUCCESS', data: null });
      expect(await get({ RequestID: WELL_KNOWN.buyRequest })).toEqual([expect.objectContaining({ Status: 'REJECTED', ExecutedTime: '2024-03-01T12:00:00' })]);
      expect(await callWith(f.soap11, 'StorefrontProductBuyRequestAccept', { RequestID: WELL_KNOWN.buyRequest })).toEqual({ code: 'PARAM_NOT_CORRECT', data: 'RequestID: заявка уже рассмотрена (REJECTED)' });
      for (const op of ['StorefrontProductBuyRequestAccept', 'StorefrontProductBuyRequestRefuse']) {
        expect(await callWith(f.soap11, op, { RequestID: WELL_KNOWN.foreignBuyRequest })).toEqual({ code: 'UID_NOT_CORRECT', data: 'RequestID' });
        expect(await callWith(f.soap11, op, {})).toEqual({ code: 'PARAM_NOT_EXIST', data: 'RequestID' });
        expect(await callWith(f.soap11, op, { RequestID: '' })).toEqual({ code: 'EMPTY_PARAM', data: 'RequestID' });
        expect(await callWith(f.soap11, op, { RequestID: 'b221' })).toEqual({ code: 'UID_NOT_CORRECT', data: 'RequestID' });
      }
      expect(one(`SELECT status, executed_at FROM storefront_buy_requests WHERE account = 'demo' AND id = ?`, WELL_KNOWN.foreignBuyRequest)).toEqual({ status: 'ON_CONSIDERATION', executed_at: null });
    });
  });
});
