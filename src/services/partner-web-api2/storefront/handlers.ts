import type { CallContext, Handler, Params } from '../../../pipeline/call-context.js';
import { ApiError } from '../../../pipeline/outcome.js';
import { stmt } from '../../../store/statements.js';
import { formatLocal, toStoreTimestamp } from '../../../time/account-dates.js';

type Rows = Record<string, unknown>[];

/** Own items and the vendor's common ones; deleted items are never listed (3.17, 3.18). */
const VISIBLE = `i.account = @account AND i.deleted = 0 AND (i.partner_id = @partner OR i.common = 1)`;
const FLAG_FILTERS = `AND (@enabled IS NULL OR i.enabled_to_show = @enabled) AND (@own IS NULL OR (i.partner_id = @partner) = @own)`;
/** ClicksCount: the distinct people who clicked the item on this partner's storefront, as the click log shows. */
const CLICKERS = `(SELECT COUNT(DISTINCT c.user_id) FROM storefront_clicks c WHERE c.account = i.account AND c.item_id = i.id AND c.partner_id = @partner)`;
const PUBLICATION = `i.email_for_notification AS EMailForNotification, i.publication_date AS PublicationDate,
  i.publication_end_date AS PublicationEndDate, i.shows_count AS ShowsCount, i.unique_shows_count AS UniqueShowsCount,
  ${CLICKERS} AS ClicksCount, i.created_at AS CreateTime`;

const PRODUCTS_SQL = `
SELECT i.id AS ProductID, i.name AS Name, i.partner_id = @partner AS OwnProduct, i.cost AS Cost, i.picture AS Picture,
  i.enabled_to_show AS EnabledToShow, i.description_url AS DescriptionURL, ${PUBLICATION}
FROM storefront_products i WHERE ${VISIBLE} ${FLAG_FILTERS}
ORDER BY OwnProduct DESC, i.name, i.id`;

const PICTURES_SQL = `
SELECT i.id AS StartPictureID, i.name AS Name, i.partner_id = @partner AS OwnStartPicture, i.enabled_to_show AS EnabledToShow,
  i.picture_type AS StartPictureType, i.description_url AS DescriptionURL, i.shows_limit AS ShowsLimit, ${PUBLICATION}
FROM start_pictures i WHERE ${VISIBLE} ${FLAG_FILTERS} AND (@type IS NULL OR i.picture_type = @type)
ORDER BY OwnStartPicture DESC, i.name, i.id`;

const clicksSql = (table: string, kind: string, idColumn: string) => `
SELECT c.item_id AS ${idColumn}, c.clicked_at AS clicked_at, c.client_id AS ClientID, c.user_id AS ServiceUserID, c.link AS CurrentLink
FROM storefront_clicks c JOIN ${table} i ON i.account = c.account AND i.id = c.item_id
WHERE c.account = @account AND c.partner_id = @partner AND c.item_kind = '${kind}' AND ${VISIBLE}
  AND (@item IS NULL OR c.item_id = @item) AND c.clicked_at >= @from AND (@to IS NULL OR c.clicked_at <= @to)
ORDER BY c.clicked_at, c.id`;

const BUY_REQUESTS_SQL = `
SELECT id AS RequestID, product_id AS ProductID, agent_id AS AgentCreatorID, status AS Status, created_at AS CreationTime, executed_at AS ExecutedTime
FROM storefront_buy_requests
WHERE account = @account AND partner_id = @partner AND created_at >= @from AND (@to IS NULL OR created_at <= @to)
  AND (@request IS NULL OR id = @request) AND (@product IS NULL OR product_id = @product)
  AND (@agent IS NULL OR agent_id = @agent) AND (@status IS NULL OR status = @status)
ORDER BY created_at, id`;

const flag = (value: unknown) => (typeof value === 'boolean' ? Number(value) : null);
const stamp = (value: unknown) => (value instanceof Date ? toStoreTimestamp(value) : null);
const whom = (ctx: CallContext) => ({ account: ctx.account.login, partner: ctx.account.partnerId });

/** ClickMoment is a string (3.19): the moment in the account's zone. */
function clicks(table: string, kind: string, idParam: string): Handler {
  return (ctx, p) =>
    (
      stmt(ctx.db, clicksSql(table, kind, idParam)).all({
        ...whom(ctx),
        item: p[idParam] ?? null,
        from: stamp(p.PeriodFrom) ?? '',
        to: stamp(p.PeriodTo),
      }) as Rows
    ).map(({ clicked_at, ...row }) => ({ ...row, ClickMoment: formatLocal(new Date(clicked_at as string), ctx.account.tzOffsetMinutes) }));
}

/** 3.49–3.50: only a request still ON_CONSIDERATION may be decided; the decision is stamped with the account's now. */
function decide(status: 'ACCEPTED' | 'REJECTED'): Handler {
  return (ctx: CallContext, p: Params) => {
    const row = stmt(ctx.db, 'SELECT status FROM storefront_buy_requests WHERE account = ? AND id = ?').get(ctx.account.login, p.RequestID) as { status: string };
    if (row.status !== 'ON_CONSIDERATION') throw new ApiError('PARAM_NOT_CORRECT', `RequestID: заявка уже рассмотрена (${row.status})`);
    stmt(ctx.db, 'UPDATE storefront_buy_requests SET status = ?, executed_at = ? WHERE account = ? AND id = ?').run(
      status,
      toStoreTimestamp(ctx.now),
      ctx.account.login,
      p.RequestID,
    );
  };
}

export const STOREFRONT_HANDLERS: Record<string, Handler> = {
  StorefrontProductsRead: (ctx, p) =>
    stmt(ctx.db, PRODUCTS_SQL).all({ ...whom(ctx), enabled: flag(p.EnabledToShow), own: flag(p.OwnProduct) }) as Rows,

  StartPictureRead: (ctx, p) =>
    stmt(ctx.db, PICTURES_SQL).all({ ...whom(ctx), enabled: flag(p.EnabledToShow), own: flag(p.OwnProduct), type: p.StartPictureType ?? null }) as Rows,

  StorefrontProductClicksHistoryRead: clicks('storefront_products', 'product', 'ProductID'),

  StartPictureClicksHistoryRead: clicks('start_pictures', 'picture', 'StartPictureID'),

  StorefrontProductBuyRequestsGet: (ctx, p) =>
    stmt(ctx.db, BUY_REQUESTS_SQL).all({
      ...whom(ctx),
      from: stamp(p.CreateTimeFrom) ?? '',
      to: stamp(p.CreateTimeTo),
      request: p.RequestID ?? null,
      product: p.ProductID ?? null,
      agent: p.AgentCreatorID ?? null,
      status: p.Status ?? null,
    }) as Rows,

  StorefrontProductBuyRequestAccept: decide('ACCEPTED'),

  StorefrontProductBuyRequestRefuse: decide('REJECTED'),
};
