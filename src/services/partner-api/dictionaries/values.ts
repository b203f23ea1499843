/** The fixed dictionaries of PartnerAPI 1.20 (spec 003: contact_type_read ... pay_method_type_read). */
import type { ItsLevel } from '../../../store/its-registry.js';

/** Contact types: code 1 clients, 2 partners, 3 people (client users and partner users). */
export const CONTACT_TYPES = [
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7101', name: 'Фактический адрес', code: 1 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7201', name: 'Наименование в регионе', code: 2 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7202', name: 'Адрес', code: 2 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7203', name: 'Телефон', code: 2 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7204', name: 'E-mail', code: 2 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7205', name: 'Сайт', code: 2 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7301', name: 'E-mail', code: 3 },
  { id: 'a3c1e0d2-6b4f-4e8a-9c71-0000000c7302', name: 'Телефон', code: 3 },
] as const;

export const CONTACT_TYPE = {
  clientAddress: CONTACT_TYPES[0].id,
  partnerName: CONTACT_TYPES[1].id,
  partnerAddress: CONTACT_TYPES[2].id,
  partnerPhone: CONTACT_TYPES[3].id,
  partnerEmail: CONTACT_TYPES[4].id,
  partnerSite: CONTACT_TYPES[5].id,
  personEmail: CONTACT_TYPES[6].id,
  personPhone: CONTACT_TYPES[7].id,
} as const;

/** Contact types a person (client user or specialist) has, and the column that holds each. */
export const PERSON_CONTACT_COLUMNS: Readonly<Record<string, 'email' | 'phone'>> = {
  [CONTACT_TYPE.personEmail]: 'email',
  [CONTACT_TYPE.personPhone]: 'phone',
};

export function contactTypeCode(id: string): number | undefined {
  return CONTACT_TYPES.find((t) => t.id === id)?.code;
}

/** Kinds of relationship between a partner and 1C-Connect (role_read); role ids are UUIDs as in partner_role_read and contract_read. */
export const ROLES = [
  { id: 'b7d2f4a6-1c3e-4a5b-8d9f-00000000b001', name: 'Сервисный партнер' },
  { id: 'b7d2f4a6-1c3e-4a5b-8d9f-00000000b002', name: 'Сбытовой партнер' },
  { id: 'b7d2f4a6-1c3e-4a5b-8d9f-00000000b003', name: 'Франчайзи' },
  { id: 'b7d2f4a6-1c3e-4a5b-8d9f-00000000b004', name: 'Вендор' },
] as const;

export const ROLE = { service: ROLES[0].id, sale: ROLES[1].id, franchisee: ROLES[2].id, vendor: ROLES[3].id } as const;

export const CALL_STATUS_TYPES = [
  'Успех',
  'НеБылоДоступныхИлиСвободныхСпециалистов',
  'ПользовательНеВзялТрубку',
  'СпециалистНеВзялТрубку',
  'СпециалистОтменилВызов',
  'СпециалистОтклонилВызов',
  'ПользовательОтклонилВызов',
  'ПользовательОтменилВызов',
].map((name, id) => ({ id, name }));

export const REMOTE_STATUS_TYPES = ['Не инициировано', 'TeamViewer', 'Основное средство'].map((name, id) => ({ id, name }));

export const REMOTE_ACCESS_TYPES = [
  { id: 1, name: 'TeamViewer' },
  { id: 2, name: 'Основное средство' },
];

export const PAY_METHOD_TYPES = [
  'Пустое значение',
  'Оплата взимается сразу до конца действия договора ИТС',
  'Оплата взимается ежемесячно',
  'Оплата за 6 месяцев',
  'Оплата за 12 месяцев',
].map((name, id) => ({ id, name }));

export const PAY_METHOD = { empty: 0, wholeContract: 1, monthly: 2, halfYear: 3, year: 4 } as const;

/** Agent numbers: a partner's agents start with 271828 (spec 003 agent_partner_read); the next one is the largest plus one. */
export const PARTNER_AGENT_NUMBER_BASE = 2718280000;
export const USER_AGENT_NUMBER_BASE = 3141590000;

/** Spec 003 client_ITS_status_For_INN ITSLevel: the shared registry's answers (spec 002 3.42) as numbers. */
export const ITS_LEVEL_CODE: Record<ItsLevel, number> = { PROF: 1, TECHNO: 2, BASIC: 3, INTERNATIONAL: 4, NOT_FOUND: 0, WRONG_INN: 10 };
