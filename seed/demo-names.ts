/** Fixed names of the demo world: well-known objects and the lists the faker picks from. */
export const PARTNER_NAMES = {
  partner: { name: 'ООО «Демо-Партнёр»', core: 'Демо-Партнёр' },
  vendorPartner: { name: 'ООО «Софт-Вендор»', core: 'Софт-Вендор' },
  otherPartner: { name: 'ООО «Соседний партнёр»', core: 'Соседний партнёр' },
} as const;

/** Brand cores of the well-known clients; the legal form is added by the seed. */
export const WELL_KNOWN_CLIENT_CORES = {
  ownClient: 'Ромашка',
  deletedOwnClient: 'Старый склад',
  thirdPartyClient: 'Василёк',
  invisibleClient: 'Незабудка',
} as const;

export const DEPARTMENT_NAME = 'Линия консультаций';
export const FOREIGN_DEPARTMENT_NAME = 'Служба поддержки';

export const DEPARTMENT_NAMES: readonly string[] = [
  'Отдел внедрения',
  'Отдел сопровождения',
  'Отдел продаж',
  'Группа программистов 1С',
  'Отдел обучения',
  'Бухгалтерия',
  'Служба технической поддержки',
];

export const SPECIALIST_HEAD_POST = 'Руководитель линии консультаций';

export const SPECIALIST_POSTS: readonly string[] = [
  'Консультант',
  'Старший консультант',
  'Консультант по 1С:Бухгалтерии',
  'Консультант по 1С:ЗУП',
  'Программист 1С',
  'Ведущий программист 1С',
  'Специалист технической поддержки',
  'Аналитик',
  'Менеджер по работе с клиентами',
];

export const CLIENT_USER_POSTS: readonly string[] = [
  'Генеральный директор',
  'Главный бухгалтер',
  'Бухгалтер',
  'Бухгалтер по расчёту зарплаты',
  'Экономист',
  'Менеджер по закупкам',
  'Менеджер по продажам',
  'Кладовщик',
  'Специалист отдела кадров',
  'Системный администратор',
];

export const SUPPORT_LINE_NAME = 'Линия консультации по 1С';

export const SUPPORT_LINE_NAMES: readonly string[] = [
  'Линия консультации по 1С:Бухгалтерии',
  'Техническая поддержка 1С:ERP',
  'Сопровождение 1С:Зарплата и управление персоналом',
  'Линия консультации по 1С:Рознице',
  'Обновление конфигураций 1С',
];

export const VENDOR_LINE_NAME = 'Линия поддержки «Софт-Вендор»';

/** Regions where the demo partner is present regardless of the seed. */
export const DEMO_PARTNER_CORE_REGIONS: readonly string[] = [
  'Москва',
  'Московская область',
  'Санкт-Петербург',
  'Ленинградская область',
];

/** Departments of client organisations (spec 3.69). The first is ownClient's well-known one. */
export const CLIENT_DEPARTMENT_NAMES: readonly string[] = [
  'Бухгалтерия',
  'Отдел кадров',
  'Склад',
  'Отдел продаж',
  'Администрация',
  'ИТ-отдел',
  'Производство',
  'Юридический отдел',
  'Отдел снабжения',
  'Финансовый отдел',
];

/** The demo partner's line that was closed (ServiceLineKindDelete). */
export const DELETED_LINE_NAME = 'Поддержка 1С:Предприятие 7.7';

/** Additional client parameter kinds: three live ones, then one deleted. */
export const CLIENT_PARAMETER_NAMES: readonly string[] = ['Категория клиента', 'Тариф сопровождения', 'Договор до', 'Старый признак'];

/** Values of the «Категория клиента», «Тариф сопровождения» and «Договор до» kinds (at most 10 characters). */
export const CLIENT_PARAMETER_VALUES: readonly (readonly string[])[] = [
  ['A', 'B', 'C', 'VIP'],
  ['ПРОФ', 'Базовый', 'КОРП', 'Эконом'],
  ['31.12.2024', '30.06.2024', '31.03.2025', '30.09.2024'],
];
