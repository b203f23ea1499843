/**
 * The demo world every API account starts with: sizes, and the well-known ids that docs, examples
 * and tests rely on. The rest of the data comes from faker with a fixed seed (src/seed/).
 */
export const DEFAULT_SEED = 20240226;

export const WELL_KNOWN = {
  /** The account's own partner ("ООО Демо-Партнёр"). */
  partner: '5c8f6d2e-0d1a-4a8e-9b6e-1c0c0ffee001',
  /** A software vendor whose support line the demo partner imports. */
  vendorPartner: '5c8f6d2e-0d1a-4a8e-9b6e-1c0c0ffee002',
  /** Another partner whose clients' users get support on the demo partner's lines. */
  otherPartner: '5c8f6d2e-0d1a-4a8e-9b6e-1c0c0ffee003',
  /** Own client, not deleted, with users, managers and an ITS number. */
  ownClient: '0b5e4a10-7c3d-4f0e-8a55-00000000c001',
  /** Own client marked deleted. */
  deletedOwnClient: '0b5e4a10-7c3d-4f0e-8a55-00000000c002',
  /** A client of otherPartner visible to the demo partner (CreatedByMe = false). */
  thirdPartyClient: '0b5e4a10-7c3d-4f0e-8a55-00000000c003',
  /** A client of otherPartner that the demo partner cannot see. */
  invisibleClient: '0b5e4a10-7c3d-4f0e-8a55-00000000c004',
  /** Moscow: a region where the demo partner is present. */
  regionMoscow: '7a1d3c52-1b8e-4c11-9f0a-00000000a077',
  /** Kamchatka: a region where the demo partner is not present. */
  regionKamchatka: '7a1d3c52-1b8e-4c11-9f0a-00000000a041',
  /** Own department "Линия консультаций". */
  department: '3d9b7a44-2e6f-4b0c-8d1e-00000000d001',
  /** A department of otherPartner. */
  foreignDepartment: '3d9b7a44-2e6f-4b0c-8d1e-00000000d002',
  /** Own specialist (the demo partner's first employee). */
  specialist: '9e2c5b61-4f7a-4d3b-a6c8-00000000e001',
  /** Own support line. */
  supportLine: 'c4a6e8f0-5d2b-4e1c-b7a9-00000000f001',
  /** The vendor's line, imported by the demo partner. */
  vendorLine: 'c4a6e8f0-5d2b-4e1c-b7a9-00000000f002',

  // BotAPI (spec 5.4): the demo partner's predefined line «Моя компания»; not a row, its id is
  // derived from the partner's (myCompanyLineId in src/store/support-lines.ts).
  myCompanyLine: '95554f90-2112-5725-99d5-f8a5c550ab31',
  // Service desk (spec 3.57–3.64): the demo partner's dictionaries and one request.
  /** A user of ownClient served on supportLine (added by the service-desk family): files serviceRequest and buyRequest. */
  requesterUser: '6b3e9d20-8a4c-4f1d-b2e5-00000000a100',
  /** Channel «1С-Коннект» (CONNECT). */
  serviceRequestChannel: '6b3e9d20-8a4c-4f1d-b2e5-00000000a101',
  /** Channel «Телефон» (PHONE). */
  serviceRequestChannelPhone: '6b3e9d20-8a4c-4f1d-b2e5-00000000a102',
  /** A channel of otherPartner. */
  foreignServiceRequestChannel: '6b3e9d20-8a4c-4f1d-b2e5-00000000a103',
  /** Service kind «Абонентское обслуживание». */
  serviceKind: '6b3e9d20-8a4c-4f1d-b2e5-00000000a111',
  /** A service kind marked deleted. */
  deletedServiceKind: '6b3e9d20-8a4c-4f1d-b2e5-00000000a112',
  /** Work type «Консультация». */
  serviceRequestType: '6b3e9d20-8a4c-4f1d-b2e5-00000000a121',
  /** A work type marked deleted. */
  deletedServiceRequestType: '6b3e9d20-8a4c-4f1d-b2e5-00000000a122',
  /** The first status of each type: a new request starts in statusNew. */
  statusNew: '6b3e9d20-8a4c-4f1d-b2e5-00000000a131',
  statusWork: '6b3e9d20-8a4c-4f1d-b2e5-00000000a132',
  statusSuspended: '6b3e9d20-8a4c-4f1d-b2e5-00000000a133',
  statusCancelled: '6b3e9d20-8a4c-4f1d-b2e5-00000000a134',
  statusFinished: '6b3e9d20-8a4c-4f1d-b2e5-00000000a135',
  /** A request of ownClient's user on supportLine, in statusWork, executor specialist, with a history. */
  serviceRequest: '6b3e9d20-8a4c-4f1d-b2e5-00000000a141',

  // Storefront (spec 3.17–3.20, 3.48–3.50).
  /** Own product, shown, with clicks and buy requests. */
  ownProduct: '8d4f0a31-9b5e-4a2c-83f6-00000000b201',
  /** Own product marked deleted (never listed). */
  deletedOwnProduct: '8d4f0a31-9b5e-4a2c-83f6-00000000b202',
  /** Own product hidden from the storefront (EnabledToShow = false). */
  hiddenOwnProduct: '8d4f0a31-9b5e-4a2c-83f6-00000000b203',
  /** The vendor's common product, on every storefront. */
  commonProduct: '8d4f0a31-9b5e-4a2c-83f6-00000000b204',
  /** Own start picture for client users (CLIENTS). */
  ownStartPicture: '8d4f0a31-9b5e-4a2c-83f6-00000000b211',
  /** The vendor's common birthday picture (BIRTHDAYS). */
  commonStartPicture: '8d4f0a31-9b5e-4a2c-83f6-00000000b212',
  /** Own start picture marked deleted. */
  deletedStartPicture: '8d4f0a31-9b5e-4a2c-83f6-00000000b213',
  /** A buy request for ownProduct from ownClient's user, ON_CONSIDERATION. */
  buyRequest: '8d4f0a31-9b5e-4a2c-83f6-00000000b221',
  /** A buy request already ACCEPTED. */
  acceptedBuyRequest: '8d4f0a31-9b5e-4a2c-83f6-00000000b222',
  /** A buy request on otherPartner's storefront, ON_CONSIDERATION. */
  foreignBuyRequest: '8d4f0a31-9b5e-4a2c-83f6-00000000b223',
  // --- People of the directory: client users, client departments, served specialists (src/seed/build-people.ts) ---
  /** A user of ownClient, in ownClientDepartment. */
  ownClientUser: '6a7e1f20-3b4c-4d5e-8f60-00000000b001',
  /** A deleted user of ownClient. */
  deletedClientUser: '6a7e1f20-3b4c-4d5e-8f60-00000000b002',
  /** A user of thirdPartyClient served on supportLine: visible, read-only (CreatedByMe = false). */
  thirdPartyClientUser: '6a7e1f20-3b4c-4d5e-8f60-00000000b003',
  /** A specialist of otherPartner served on supportLine: listed by ClientUserRead under otherPartner, read-only. */
  servedForeignSpecialist: '9e2c5b61-4f7a-4d3b-a6c8-00000000e002',
  /** ownClient's department "Бухгалтерия". */
  ownClientDepartment: 'd7f3a9c1-6e2b-4a8d-9c5f-00000000d101',
  /** A department of thirdPartyClient: visible, read-only. */
  thirdPartyClientDepartment: 'd7f3a9c1-6e2b-4a8d-9c5f-00000000d102',
  // Support lines, their receivers, competences and additional client parameters.
  /** An own line the demo partner deleted (still read with ChangedFrom, Deleted = true). */
  deletedLine: 'c4a6e8f0-5d2b-4e1c-b7a9-00000000f003',
  /** otherPartner's import of supportLine: what makes supportLine EXPORTED. */
  exportedLineImport: 'c4a6e8f0-5d2b-4e1c-b7a9-00000000f004',
  /** A user of invisibleClient: served on none of the demo partner's lines until UserServiceLineAdd. */
  invisibleClientUser: '6b3f1d2a-8c4e-4a7b-9e5d-00000000b002',
  /** A specialist of otherPartner, not served on the demo partner's lines. */
  foreignSpecialist: '9e2c5b61-4f7a-4d3b-a6c8-00000000e003',
  /** Additional client parameter kind «Категория» (the first of three live kinds). */
  clientParameter: '1d7e9c3b-6a2f-4e8d-b4c1-00000000a101',
  /** A deleted additional client parameter kind. */
  deletedClientParameter: '1d7e9c3b-6a2f-4e8d-b4c1-00000000a104',
  // PartnerAPI 1.20 (src/seed/build-partner-api.ts)
  /** ownClient's first user (the id is given to the row the base world made). */
  clientUser: 'a9b8c7d6-e5f4-4a3b-8c2d-00000000c101',
  /** The partner agent of `specialist` (number 2718280001). */
  agentPartner: 'd1e2f3a4-5b6c-4d7e-8f90-0000000a9001',
  /** The agent of ownClient's first user. */
  agentUser: 'd1e2f3a4-5b6c-4d7e-8f90-0000000a9002',
  /** The demo partner's open-ended service contract (role "Сервисный партнер"). */
  serviceContract: 'e5f6a7b8-9c0d-4e1f-a2b3-0000000c0001',
  /** The demo partner's sale contract, ending 2026-12-31. */
  saleContract: 'e5f6a7b8-9c0d-4e1f-a2b3-0000000c0002',
  /** The abonement of agentUser on supportLine, open-ended. */
  service: 'f7a8b9c0-1d2e-4f3a-b4c5-00000005e001',
  /** The competence of `specialist` (agentPartner) on supportLine, priority 1 (a row of `competences`). */
  competence: 'f7a8b9c0-1d2e-4f3a-b4c5-0000000c0e01',
} as const;

/** ITS registry entries to try every answer of ClientITSStatus (spec 3.42) with: INN + registration number. */
export const WELL_KNOWN_ITS = {
  prof: { inn: '7714123459', regNumber: '800123456' },
  techno: { inn: '5027012348', regNumber: '812345678' },
  international: { inn: '7810654325', regNumber: 'FR0045321' },
  /** Well-formed, not in the registry: BASIC. */
  basic: { inn: '5406123789', regNumber: '876543210' },
  /** Below 500000: malformed, NOT_FOUND. */
  notFound: { inn: '5406123789', regNumber: '123' },
  /** The PROF number under another INN: WRONG_INN. */
  wrongInn: { inn: '6601987657', regNumber: '800123456' },
} as const;

/** How much the faker fills in around the well-known objects. */
export const WORLD_SIZES = {
  ownClients: 40,
  deletedOwnClients: 3,
  otherPartnerClients: 12,
  /** Of otherPartner's clients, how many have users served on the demo partner's lines. */
  visibleOtherPartnerClients: 6,
  usersPerClient: { min: 1, max: 4 },
  departments: 4,
  specialists: 15,
  supportLines: 3,
  /** The demo partner's service requests, besides the well-known one. */
  serviceRequests: 30,
  /** Clicks per storefront item shown. */
  clicksPerItem: { min: 3, max: 12 },
  buyRequests: 12,
  /** Live additional client parameter kinds of the demo partner (of the 4 allowed). */
  clientParameters: 3,
} as const;

/** The seed's reference time: every seeded timestamp lies before it, so the same seed gives the same bytes. */
export const SEED_EPOCH = '2024-02-26T09:00:00Z';
