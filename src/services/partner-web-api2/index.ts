import { buildCatalog } from '../../catalog/define.js';
import type { ServiceDefinition } from '../../pipeline/service.js';
import { serviceNamespace } from '../../xml/namespaces.js';
import { CLIENT_OPERATIONS } from './clients/catalog.js';
import { CLIENT_HANDLERS } from './clients/handlers.js';
import { DEPARTMENT_OPERATIONS } from './departments/catalog.js';
import { DEPARTMENT_HANDLERS } from './departments/handlers.js';
import { PARTNER_WEB_API2_OPERATIONS } from './operations.js';
import { PARTNER_NOTIFICATION_OPERATIONS } from './partner-notifications/catalog.js';
import { PARTNER_NOTIFICATION_HANDLERS } from './partner-notifications/handlers.js';
import { REGION_OPERATIONS } from './regions/catalog.js';
import { REGION_HANDLERS } from './regions/handlers.js';
import { SPECIALIST_OPERATIONS } from './specialists/catalog.js';
import { SPECIALIST_HANDLERS } from './specialists/handlers.js';
import { SUPPORT_HISTORY_OPERATIONS } from './support-history/catalog.js';
import { SUPPORT_HISTORY_HANDLERS } from './support-history/handlers.js';

/** PartnerWebAPI2 (spec 002 sections 1–4): one folder per family, each a catalog and its handlers. */
export const PARTNER_WEB_API2: ServiceDefinition = {
  name: 'PartnerWebAPI2',
  namespace: serviceNamespace('PartnerWebAPI2'),
  protocol: 'structure',
  catalog: buildCatalog('PartnerWebAPI2', PARTNER_WEB_API2_OPERATIONS, {
    ...CLIENT_OPERATIONS,
    ...DEPARTMENT_OPERATIONS,
    ...REGION_OPERATIONS,
    ...SPECIALIST_OPERATIONS,
    ...SUPPORT_HISTORY_OPERATIONS,
    ...PARTNER_NOTIFICATION_OPERATIONS,
  }),
  handlers: {
    ...CLIENT_HANDLERS,
    ...DEPARTMENT_HANDLERS,
    ...REGION_HANDLERS,
    ...SPECIALIST_HANDLERS,
    ...SUPPORT_HISTORY_HANDLERS,
    ...PARTNER_NOTIFICATION_HANDLERS,
  },
};
