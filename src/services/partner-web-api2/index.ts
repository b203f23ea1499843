import { buildCatalog } from '../../catalog/define.js';
import type { ServiceDefinition } from '../../pipeline/service.js';
import { serviceNamespace } from '../../xml/namespaces.js';
import { CLIENT_DEPARTMENT_OPERATIONS } from './client-departments/catalog.js';
import { CLIENT_DEPARTMENT_HANDLERS } from './client-departments/handlers.js';
import { CLIENT_MANAGER_OPERATIONS } from './client-managers/catalog.js';
import { CLIENT_MANAGER_HANDLERS } from './client-managers/handlers.js';
import { CLIENT_USER_OPERATIONS } from './client-users/catalog.js';
import { CLIENT_USER_HANDLERS } from './client-users/handlers.js';
import { CLIENT_OPERATIONS } from './clients/catalog.js';
import { CLIENT_HANDLERS } from './clients/handlers.js';
import { CLIENT_PARAMETER_OPERATIONS } from './client-parameters/catalog.js';
import { CLIENT_PARAMETER_HANDLERS } from './client-parameters/handlers.js';
import { COMPETENCE_OPERATIONS } from './competences/catalog.js';
import { COMPETENCE_HANDLERS } from './competences/handlers.js';
import { DEPARTMENT_OPERATIONS } from './departments/catalog.js';
import { DEPARTMENT_HANDLERS } from './departments/handlers.js';
import { ITS_OPERATIONS } from './its/catalog.js';
import { ITS_HANDLERS } from './its/handlers.js';
import { PARTNER_WEB_API2_OPERATIONS } from './operations.js';
import { PARTNER_NOTIFICATION_OPERATIONS } from './partner-notifications/catalog.js';
import { PARTNER_NOTIFICATION_HANDLERS } from './partner-notifications/handlers.js';
import { REGION_OPERATIONS } from './regions/catalog.js';
import { REGION_HANDLERS } from './regions/handlers.js';
import { SERVICE_REQUEST_OPERATIONS } from './service-requests/catalog.js';
import { SERVICE_REQUEST_HANDLERS } from './service-requests/handlers.js';
import { STOREFRONT_OPERATIONS } from './storefront/catalog.js';
import { STOREFRONT_HANDLERS } from './storefront/handlers.js';
import { SPECIALIST_OPERATIONS } from './specialists/catalog.js';
import { SPECIALIST_HANDLERS } from './specialists/handlers.js';
import { SUPPORT_LINE_OPERATIONS } from './support-lines/catalog.js';
import { SUPPORT_LINE_HANDLERS } from './support-lines/handlers.js';
import { USER_LINE_OPERATIONS } from './user-lines/catalog.js';
import { USER_LINE_HANDLERS } from './user-lines/handlers.js';
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
    ...SERVICE_REQUEST_OPERATIONS,
    ...STOREFRONT_OPERATIONS,
    ...CLIENT_DEPARTMENT_OPERATIONS,
    ...CLIENT_USER_OPERATIONS,
    ...CLIENT_MANAGER_OPERATIONS,
    ...ITS_OPERATIONS,
    ...COMPETENCE_OPERATIONS,
    ...CLIENT_PARAMETER_OPERATIONS,
    ...SUPPORT_LINE_OPERATIONS,
    ...USER_LINE_OPERATIONS,
    ...SUPPORT_HISTORY_OPERATIONS,
    ...PARTNER_NOTIFICATION_OPERATIONS,
  }),
  handlers: {
    ...CLIENT_HANDLERS,
    ...DEPARTMENT_HANDLERS,
    ...REGION_HANDLERS,
    ...SPECIALIST_HANDLERS,
    ...SERVICE_REQUEST_HANDLERS,
    ...STOREFRONT_HANDLERS,
    ...CLIENT_DEPARTMENT_HANDLERS,
    ...CLIENT_USER_HANDLERS,
    ...CLIENT_MANAGER_HANDLERS,
    ...ITS_HANDLERS,
    ...COMPETENCE_HANDLERS,
    ...CLIENT_PARAMETER_HANDLERS,
    ...SUPPORT_LINE_HANDLERS,
    ...USER_LINE_HANDLERS,
    ...SUPPORT_HISTORY_HANDLERS,
    ...PARTNER_NOTIFICATION_HANDLERS,
  },
};
