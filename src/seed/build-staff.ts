import { WELL_KNOWN, WORLD_SIZES } from '../../seed/demo-world.js';
import {
  DEMO_PARTNER_CORE_REGIONS,
  DEPARTMENT_NAME,
  DEPARTMENT_NAMES,
  FOREIGN_DEPARTMENT_NAME,
  PARTNER_NAMES,
  SPECIALIST_HEAD_POST,
  SPECIALIST_POSTS,
  SUPPORT_LINE_NAME,
  SUPPORT_LINE_NAMES,
  VENDOR_LINE_NAME,
} from '../../seed/demo-names.js';
import { FEDERAL_SUBJECTS, REGIONS } from '../../seed/regions.js';
import type { SeedKit } from './seed-kit.js';
import type {
  DepartmentRow,
  PartnerRegionRow,
  PartnerRow,
  RegionRow,
  SpecialistRow,
  SupportLineRow,
} from './world-rows.js';

const FIXED_REGION_IDS: Readonly<Record<string, string>> = {
  'Москва': WELL_KNOWN.regionMoscow,
  'Камчатский край': WELL_KNOWN.regionKamchatka,
};

const EXTRA_DEMO_REGIONS = 4;

export interface Staff {
  regions: RegionRow[];
  partners: PartnerRow[];
  partner_regions: PartnerRegionRow[];
  departments: DepartmentRow[];
  specialists: SpecialistRow[];
  support_lines: SupportLineRow[];
  /** Region ids per partner, for placing that partner's clients. */
  regionsOf: ReadonlyMap<string, readonly string[]>;
}

export function buildStaff(kit: SeedKit): Staff {
  const regions = REGIONS.map((name): RegionRow => ({ id: FIXED_REGION_IDS[name] ?? kit.uuid(), name }));
  const regionId = new Map(regions.map((r) => [r.name, r.id]));
  const idsOf = (names: readonly string[]): string[] =>
    names.map((name) => {
      const id = regionId.get(name);
      if (!id) throw new Error(`seed: unknown region ${name}`);
      return id;
    });

  const partners: PartnerRow[] = [
    { id: WELL_KNOWN.partner, kind: 'self', name: PARTNER_NAMES.partner.name },
    { id: WELL_KNOWN.vendorPartner, kind: 'vendor', name: PARTNER_NAMES.vendorPartner.name },
    { id: WELL_KNOWN.otherPartner, kind: 'partner', name: PARTNER_NAMES.otherPartner.name },
  ];

  const elsewhere = FEDERAL_SUBJECTS.filter(
    (name) => !DEMO_PARTNER_CORE_REGIONS.includes(name) && name !== 'Камчатский край',
  );
  const demoRegions = idsOf([
    ...DEMO_PARTNER_CORE_REGIONS,
    ...kit.faker.helpers.arrayElements(elsewhere, EXTRA_DEMO_REGIONS),
  ]);
  const vendorRegions = idsOf(['Москва', 'Санкт-Петербург', 'Казахстан', 'Беларусь']);
  const otherRegions = idsOf([
    'Камчатский край',
    'Приморский край',
    ...kit.faker.helpers.arrayElements(FEDERAL_SUBJECTS.filter((n) => n !== 'Камчатский край' && n !== 'Приморский край'), 2),
  ]);
  const regionsOf = new Map<string, readonly string[]>([
    [WELL_KNOWN.partner, demoRegions],
    [WELL_KNOWN.vendorPartner, vendorRegions],
    [WELL_KNOWN.otherPartner, otherRegions],
  ]);
  const partner_regions = [...regionsOf].flatMap(([partner_id, ids]) =>
    ids.map((region_id): PartnerRegionRow => ({ partner_id, region_id })),
  );

  const departments = buildDepartments(kit);
  const specialists = buildSpecialists(kit, departments);
  const support_lines = buildSupportLines(kit);
  return { regions, partners, partner_regions, departments, specialists, support_lines, regionsOf };
}

function buildDepartments(kit: SeedKit): DepartmentRow[] {
  const department = (id: string, partner_id: string, name: string): DepartmentRow =>
    ({ id, partner_id, name, deleted: 0, ...kit.stamps() });
  const extra = kit.faker.helpers.arrayElements(DEPARTMENT_NAMES, WORLD_SIZES.departments - 1);
  return [
    department(WELL_KNOWN.department, WELL_KNOWN.partner, DEPARTMENT_NAME),
    ...extra.map((name) => department(kit.uuid(), WELL_KNOWN.partner, name)),
    department(WELL_KNOWN.foreignDepartment, WELL_KNOWN.otherPartner, FOREIGN_DEPARTMENT_NAME),
  ];
}

function buildSpecialists(kit: SeedKit, departments: readonly DepartmentRow[]): SpecialistRow[] {
  const demoDepartments = departments.filter((d) => d.partner_id === WELL_KNOWN.partner).map((d) => d.id);
  const specialist = (id: string, partner_id: string, department_id: string, post: string, provider: string): SpecialistRow => {
    const person = kit.person();
    const login = kit.login(1_000_000, 9_999_999);
    return {
      id,
      partner_id,
      login,
      ...person,
      birthday: kit.birthday(),
      post,
      department_id,
      phone: kit.phone(),
      email: kit.email(person, provider),
      password: '',
      deleted: 0,
      ...kit.stamps(),
    };
  };
  const demo = [specialist(WELL_KNOWN.specialist, WELL_KNOWN.partner, WELL_KNOWN.department, SPECIALIST_HEAD_POST, 'demo-partner.ru')];
  for (let i = 1; i < WORLD_SIZES.specialists; i++) {
    demo.push(specialist(kit.uuid(), WELL_KNOWN.partner, kit.pick(demoDepartments), kit.pick(SPECIALIST_POSTS), 'demo-partner.ru'));
  }
  // The last one has left the company: a deleted specialist for filters and reference checks.
  demo[demo.length - 1].deleted = 1;
  const foreign = Array.from({ length: 3 }, () =>
    specialist(kit.uuid(), WELL_KNOWN.otherPartner, WELL_KNOWN.foreignDepartment, kit.pick(SPECIALIST_POSTS), 'sosed-partner.ru'),
  );
  return [...demo, ...foreign];
}

function buildSupportLines(kit: SeedKit): SupportLineRow[] {
  const line = (id: string, partner_id: string, name: string, source_line_id: string | null = null): SupportLineRow => ({
    id,
    partner_id,
    name,
    kind: source_line_id ? 'imported' : 'own',
    source_line_id,
    deleted: 0,
    ...kit.stamps(),
  });
  const extra = kit.faker.helpers.arrayElements(SUPPORT_LINE_NAMES, WORLD_SIZES.supportLines - 1);
  const vendorOwnLine = line(kit.uuid(), WELL_KNOWN.vendorPartner, VENDOR_LINE_NAME);
  return [
    line(WELL_KNOWN.supportLine, WELL_KNOWN.partner, SUPPORT_LINE_NAME),
    ...extra.map((name) => line(kit.uuid(), WELL_KNOWN.partner, name)),
    vendorOwnLine,
    line(WELL_KNOWN.vendorLine, WELL_KNOWN.partner, VENDOR_LINE_NAME, vendorOwnLine.id),
  ];
}
