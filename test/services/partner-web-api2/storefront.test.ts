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
