/** Fixed texts of the demo world's service desk and storefront, which the faker picks from. */

export const CHANNELS = [
  { type: 'CONNECT', name: '1С-Коннект' },
  { type: 'PHONE', name: 'Телефон' },
  { type: 'EMAIL', name: 'Электронная почта' },
  { type: 'OTHER', name: 'Заявка с сайта' },
] as const;

export const SERVICE_KINDS: readonly { name: string; description: string; deleted?: true }[] = [
  { name: 'Абонентское обслуживание', description: 'Консультации и работы в рамках договора абонентского обслуживания 1С:ИТС.' },
  { name: 'Разовые работы', description: 'Работы по отдельному счёту, вне абонентского договора.' },
  { name: 'Внедрение', description: 'Проекты внедрения и перехода на новые конфигурации 1С.' },
  { name: 'Гарантийное обслуживание', description: 'Исправление ошибок в доработках, выполненных нами, в течение гарантийного срока.' },
  { name: 'Выезд специалиста (архив)', description: 'Больше не оказывается: выезды оформляются как разовые работы.', deleted: true },
];

export const SERVICE_REQUEST_TYPES: readonly { name: string; deleted?: true }[] = [
  { name: 'Консультация' },
  { name: 'Обновление конфигурации' },
  { name: 'Настройка обмена данными' },
  { name: 'Исправление ошибки' },
  { name: 'Доработка отчёта' },
  { name: 'Настройка прав пользователей' },
  { name: 'Установка платформы (устар.)', deleted: true },
];

/** A partner's statuses, several per type; the first of each type is the well-known one. */
export const SERVICE_REQUEST_STATUSES = [
  { type: 'NEW', name: 'Новая' },
  { type: 'WORK', name: 'В работе' },
  { type: 'SUSPENDED', name: 'Ожидает ответа клиента' },
  { type: 'CANCELLED', name: 'Отменена' },
  { type: 'FINISHED', name: 'Выполнена' },
  { type: 'NEW', name: 'Зарегистрирована по телефону' },
  { type: 'WORK', name: 'Передана программисту' },
  { type: 'SUSPENDED', name: 'Отложена до обновления' },
  { type: 'CANCELLED', name: 'Отклонена' },
  { type: 'FINISHED', name: 'Закрыта с актом' },
] as const;

export const REQUEST_TOPICS: readonly { summary: string; description: string; result: string }[] = [
  {
    summary: 'Не проводится реализация',
    description: 'При проведении документа «Реализация товаров и услуг» появляется ошибка «Недостаточно товара на складе».',
    result: 'Восстановлена последовательность документов, выполнено перепроведение за месяц.',
  },
  {
    summary: 'Обновить Бухгалтерию до актуального релиза',
    description: 'Просьба обновить конфигурацию «Бухгалтерия предприятия» до последнего релиза, база в облаке.',
    result: 'Конфигурация обновлена, проверена работоспособность, резервная копия сохранена.',
  },
  {
    summary: 'Настроить обмен с УТ',
    description: 'Нужно настроить синхронизацию данных между «Управлением торговлей» и «Бухгалтерией».',
    result: 'Обмен настроен по расписанию раз в час, выполнена первичная выгрузка.',
  },
  {
    summary: 'Ошибка при отправке отчётности',
    description: 'Декларация по НДС не отправляется через 1С-Отчётность: «Сертификат не найден».',
    result: 'Переустановлен сертификат, отчёт отправлен, получена квитанция.',
  },
  {
    summary: 'Доработать отчёт по продажам',
    description: 'Добавить в отчёт по продажам колонку с менеджером и отбор по подразделению.',
    result: 'Отчёт доработан, изменения перенесены в рабочую базу.',
  },
  {
    summary: 'Новому сотруднику нужен доступ',
    description: 'Создать пользователя для нового бухгалтера с правами на зарплатный раздел.',
    result: 'Пользователь создан, выданы права, пароль сообщён клиенту.',
  },
  {
    summary: 'Как закрыть месяц',
    description: 'При закрытии месяца не рассчитывается амортизация основных средств, просьба проконсультировать.',
    result: 'Проведена консультация: не был заполнен параметр начисления амортизации.',
  },
  {
    summary: 'Медленно работает база',
    description: 'После обновления программа долго открывает журнал документов.',
    result: 'Выполнено тестирование и исправление базы, пересчитаны итоги.',
  },
];

export const CANCEL_REASONS: readonly string[] = [
  'Клиент решил вопрос самостоятельно.',
  'Дублирует ранее созданную заявку.',
  'Работы не входят в договор, клиент отказался от оплаты.',
];

export const DEADLINES: readonly string[] = ['В течение дня', 'До конца недели', 'До закрытия месяца', 'Срочно, сегодня до 18:00', ''];

export const CONFIGURATIONS: readonly string[] = [
  'Бухгалтерия предприятия 3.0',
  'Зарплата и управление персоналом 3.1',
  'Управление торговлей 11',
  'Розница 2.3',
  'Комплексная автоматизация 2.5',
];

export const OWN_PRODUCTS: readonly { name: string; cost: string; slug: string }[] = [
  { name: 'Продление 1С:ИТС ПРОФ', cost: 'от 7 680 ₽/мес', slug: 'its-prof' },
  { name: 'Аудит базы 1С', cost: '9 900 ₽', slug: 'audit' },
  { name: 'Курс «Зарплата в 1С»', cost: '14 500 ₽', slug: 'kurs-zup' },
  { name: 'Переход на ЗУП 3.1', cost: 'по договорённости', slug: 'perehod-zup' },
  { name: 'Настройка 1С-ЭДО', cost: '3 000 ₽', slug: 'edo' },
];

export const COMMON_PRODUCTS: readonly { name: string; cost: string; slug: string }[] = [
  { name: '1С:Бухгалтерия 8 ПРОФ', cost: '13 000 ₽', slug: 'bp-prof' },
  { name: '1С:Отчётность', cost: 'от 3 500 ₽/год', slug: 'reporting' },
  { name: '1С:Контрагент', cost: 'от 2 400 ₽/год', slug: 'kontragent' },
  { name: '1С:Фреш — облачная 1С', cost: 'от 1 580 ₽/мес', slug: 'fresh' },
];

export const START_PICTURES: readonly { name: string; type: 'CLIENTS' | 'SPECIALISTS' | 'BIRTHDAYS'; slug: string; common?: true }[] = [
  { name: 'Новый релиз Бухгалтерии: что изменилось', type: 'CLIENTS', slug: 'release' },
  { name: 'Вебинар для бухгалтеров: закрытие года', type: 'CLIENTS', slug: 'webinar' },
  { name: 'Регламент работы линии консультаций', type: 'SPECIALISTS', slug: 'reglament' },
  { name: 'С днём рождения от Демо-Партнёра!', type: 'BIRTHDAYS', slug: 'birthday' },
  { name: 'С днём рождения!', type: 'BIRTHDAYS', slug: 'birthday-1c', common: true },
  { name: '1С:ИТС — всё для работы с 1С', type: 'CLIENTS', slug: 'its', common: true },
];
