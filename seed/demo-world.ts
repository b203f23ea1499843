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
  /** The competence of agentPartner on supportLine, priority 3. */
  competence: 'f7a8b9c0-1d2e-4f3a-b4c5-0000000c0e01',
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
} as const;

/** The seed's reference time: every seeded timestamp lies before it, so the same seed gives the same bytes. */
export const SEED_EPOCH = '2024-02-26T09:00:00Z';
