import { SEED_EPOCH, WELL_KNOWN, WORLD_SIZES } from '../../seed/demo-world.js';
import { COMMON_PRODUCTS, OWN_PRODUCTS, START_PICTURES } from '../../seed/service-desk-names.js';
import { toStoreTimestamp } from '../time/account-dates.js';
import type { SeedKit } from './seed-kit.js';
import { productPicture } from './storefront-picture.js';
import type { WorldDraft, WorldFamily } from './world-families.js';
import type { ClientRow, ClientUserRow, LineUserRow, SpecialistRow, SqlValue } from './world-rows.js';

type Row = Record<string, SqlValue>;

const EPOCH = Date.parse(SEED_EPOCH) / 1000;
const HOUR = 3600;
const DAY = 24 * HOUR;
const stamp = (seconds: number) => toStoreTimestamp(new Date(seconds * 1000));
const OWN_SHOP = 'https://demo-partner.ru/shop';
const VENDOR_SHOP = 'https://soft-vendor.ru/catalog';

/** Who may click or ask on a storefront: a person and the organisation they belong to. */
interface Visitor {
  userId: string;
  clientId: string;
}

interface Audience {
  clientUsers: Visitor[];
  specialists: Visitor[];
  foreignUsers: Visitor[];
}

function audience(world: WorldDraft): Audience {
  const clients = new Map((world.clients as ClientRow[]).map((c) => [c.id, c]));
  const users = (world.client_users as ClientUserRow[]).filter((u) => u.deleted === 0 && clients.get(u.client_id)?.deleted === 0);
  const served = new Set((world.line_users as LineUserRow[]).map((lu) => lu.user_id));
  const toVisitor = (u: ClientUserRow): Visitor => ({ userId: u.id, clientId: u.client_id });
  return {
    clientUsers: users.filter((u) => clients.get(u.client_id)?.owner_partner_id === WELL_KNOWN.partner && served.has(u.id)).map(toVisitor),
    specialists: (world.specialists as SpecialistRow[])
      .filter((s) => s.partner_id === WELL_KNOWN.partner && s.deleted === 0)
      .map((s) => ({ userId: s.id, clientId: WELL_KNOWN.partner })),
    foreignUsers: users.filter((u) => u.client_id === WELL_KNOWN.invisibleClient).map(toVisitor),
  };
}

interface Item {
  row: Row;
  kind: 'product' | 'picture';
  visitors: Visitor[];
}

function showcase(kit: SeedKit, partnerId: string, common: boolean, url: string, email: string): Row {
  const { created_at, changed_at } = kit.stamps();
  const published = Date.parse(created_at) / 1000 + kit.faker.number.int({ min: HOUR, max: 5 * DAY });
  return {
    partner_id: partnerId,
    common: common ? 1 : 0,
    enabled_to_show: 1,
    description_url: url,
    email_for_notification: email,
    publication_date: stamp(Math.min(published, EPOCH - DAY)),
    publication_end_date: kit.chance(0.3) ? '2024-12-31T20:59:59Z' : null,
    shows_count: 0,
    unique_shows_count: 0,
    deleted: 0,
    created_at,
    changed_at,
  };
}

function buildProducts(kit: SeedKit, world: WorldDraft, people: Audience): Item[] {
  const own = (p: (typeof OWN_PRODUCTS)[number], id: string): Row => ({
    id,
    ...showcase(kit, WELL_KNOWN.partner, false, `${OWN_SHOP}/${p.slug}`, 'shop@demo-partner.ru'),
    name: p.name,
    cost: p.cost,
    picture: productPicture(kit.faker.number.int({ min: 0, max: 359 })),
  });
  const common = (p: (typeof COMMON_PRODUCTS)[number], id: string): Row => ({
    id,
    ...showcase(kit, WELL_KNOWN.vendorPartner, true, `${VENDOR_SHOP}/${p.slug}`, 'partners@soft-vendor.ru'),
    name: p.name,
    cost: p.cost,
    picture: productPicture(kit.faker.number.int({ min: 0, max: 359 })),
  });
  const ownIds = [WELL_KNOWN.ownProduct, WELL_KNOWN.hiddenOwnProduct];
  const rows = [
    ...OWN_PRODUCTS.map((p, i) => own(p, ownIds[i] ?? kit.uuid())),
    { ...own({ name: 'ИТС ТЕХНО (снят с продажи)', cost: '4 000 ₽/мес', slug: 'its-techno' }, WELL_KNOWN.deletedOwnProduct), deleted: 1 },
    ...COMMON_PRODUCTS.map((p, i) => common(p, i === 0 ? WELL_KNOWN.commonProduct : kit.uuid())),
    { ...common({ name: '1С:Предприятие 8.2 (архив)', cost: '—', slug: 'v82' }, kit.uuid()), deleted: 1 },
    { ...own({ name: 'Сопровождение «Соседа»', cost: '5 000 ₽/мес', slug: 'sosed' }, kit.uuid()), partner_id: WELL_KNOWN.otherPartner, description_url: 'https://sosed-partner.ru/its' },
  ];
  rows.find((r) => r.id === WELL_KNOWN.hiddenOwnProduct)!.enabled_to_show = 0;
  world.storefront_products.push(...rows);
  return rows.map((row) => ({ row, kind: 'product' as const, visitors: people.clientUsers }));
}

function buildPictures(kit: SeedKit, world: WorldDraft, people: Audience): Item[] {
  const items = START_PICTURES.map((p, i): Item => {
    const id = i === 0 ? WELL_KNOWN.ownStartPicture : p.common && p.type === 'BIRTHDAYS' ? WELL_KNOWN.commonStartPicture : kit.uuid();
    const row: Row = {
      id,
      ...(p.common
        ? showcase(kit, WELL_KNOWN.vendorPartner, true, `${VENDOR_SHOP}/${p.slug}`, 'partners@soft-vendor.ru')
        : showcase(kit, WELL_KNOWN.partner, false, `${OWN_SHOP}/${p.slug}`, 'marketing@demo-partner.ru')),
      name: p.name,
      picture_type: p.type,
      shows_limit: kit.chance(0.5) ? 0 : kit.faker.number.int({ min: 10, max: 50 }) * 100,
    };
    return { row, kind: 'picture', visitors: p.type === 'SPECIALISTS' ? people.specialists : people.clientUsers };
  });
  items[1].row.enabled_to_show = 0;
  const deleted: Row = {
    ...items[0].row,
    id: WELL_KNOWN.deletedStartPicture,
    name: 'Скидка на ИТС до конца года (архив)',
    description_url: `${OWN_SHOP}/its-sale`,
    deleted: 1,
  };
  items.push({ row: deleted, kind: 'picture', visitors: people.clientUsers });
  world.start_pictures.push(...items.map((i) => i.row));
  return items;
}

/** Clicks of the last two months; an item's show counters cover at least the people who clicked. */
function buildClicks(kit: SeedKit, world: WorldDraft, items: Item[], people: Audience): void {
  for (const item of items) {
    if (item.row.partner_id === WELL_KNOWN.otherPartner) continue;
    const { min, max } = WORLD_SIZES.clicksPerItem;
    const clickers = new Set<string>();
    const click = (partnerId: string, visitor: Visitor) => {
      world.storefront_clicks.push({
        id: kit.uuid(),
        item_kind: item.kind,
        item_id: item.row.id,
        partner_id: partnerId,
        client_id: visitor.clientId,
        user_id: visitor.userId,
        clicked_at: stamp(kit.faker.number.int({ min: EPOCH - 60 * DAY, max: EPOCH - HOUR })),
        link: item.row.description_url,
      });
    };
    for (let n = kit.faker.number.int({ min, max }); n > 0; n--) {
      const visitor = kit.pick(item.visitors);
      clickers.add(visitor.userId);
      click(WELL_KNOWN.partner, visitor);
    }
    // The common items are shown on other storefronts too; those clicks are not this partner's.
    if (item.row.common === 1 && people.foreignUsers.length > 0) click(WELL_KNOWN.otherPartner, kit.pick(people.foreignUsers));
    const unique = clickers.size + kit.faker.number.int({ min: 15, max: 150 });
    item.row.unique_shows_count = unique;
    item.row.shows_count = unique + kit.faker.number.int({ min: 0, max: unique * 3 });
  }
}

function buildBuyRequests(kit: SeedKit, world: WorldDraft, products: Item[], people: Audience): void {
  const offered = products.filter((p) => p.row.deleted === 0 && p.row.enabled_to_show === 1 && p.row.partner_id !== WELL_KNOWN.otherPartner);
  const request = (id: string, productId: string, agent: string, status: string, created: number, partnerId: string = WELL_KNOWN.partner): Row => ({
    id,
    partner_id: partnerId,
    product_id: productId,
    agent_id: agent,
    status,
    created_at: stamp(created),
    executed_at: status === 'ON_CONSIDERATION' ? null : stamp(Math.min(created + kit.faker.number.int({ min: HOUR, max: 3 * DAY }), EPOCH - 60)),
  });
  const when = () => kit.faker.number.int({ min: EPOCH - 45 * DAY, max: EPOCH - DAY });
  const rows = [
    request(WELL_KNOWN.buyRequest, WELL_KNOWN.ownProduct, WELL_KNOWN.requesterUser, 'ON_CONSIDERATION', EPOCH - 2 * DAY),
    request(WELL_KNOWN.acceptedBuyRequest, WELL_KNOWN.commonProduct, kit.pick(people.clientUsers).userId, 'ACCEPTED', EPOCH - 10 * DAY),
    request(WELL_KNOWN.foreignBuyRequest, WELL_KNOWN.commonProduct, kit.pick(people.foreignUsers).userId, 'ON_CONSIDERATION', EPOCH - 3 * DAY, WELL_KNOWN.otherPartner),
  ];
  for (let i = 2; i < WORLD_SIZES.buyRequests; i++) {
    const agent = kit.chance(0.2) ? kit.pick(people.specialists) : kit.pick(people.clientUsers);
    const status = kit.faker.helpers.weightedArrayElement([
      { weight: 3, value: 'ON_CONSIDERATION' },
      { weight: 4, value: 'ACCEPTED' },
      { weight: 2, value: 'REJECTED' },
    ]);
    rows.push(request(kit.uuid(), String(kit.pick(offered).row.id), agent.userId, status, when()));
  }
  world.storefront_buy_requests.push(...rows);
}

export const STOREFRONT_FAMILY: WorldFamily = {
  family: 'storefront',
  build(kit, world) {
    const people = audience(world);
    const products = buildProducts(kit, world, people);
    const pictures = buildPictures(kit, world, people);
    buildClicks(kit, world, [...products, ...pictures], people);
    buildBuyRequests(kit, world, products, people);
  },
};
