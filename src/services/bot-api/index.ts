import { buildCatalog } from '../../catalog/define.js';
import { serviceNamespace } from '../../xml/namespaces.js';
import type { ServiceDefinition } from '../../pipeline/service.js';
import { EMPLOYEE_OPERATIONS } from './employees/catalog.js';
import { EMPLOYEE_HANDLERS } from './employees/handlers.js';
import { FILE_OPERATIONS } from './files/catalog.js';
import { FILE_HANDLERS } from './files/handlers.js';
import { LINE_OPERATIONS } from './lines/catalog.js';
import { LINE_HANDLERS } from './lines/handlers.js';
import { NOTIFICATION_OPERATIONS } from './notifications/catalog.js';
import { NOTIFICATION_HANDLERS } from './notifications/handlers.js';
import { BOT_API_OPERATIONS } from './operations.js';

/** BotAPI (spec 002 section 5): bots of a partner talk to its employees and clients. One folder per family. */
export const BOT_API: ServiceDefinition = {
  name: 'BotAPI',
  namespace: serviceNamespace('BotAPI'),
  protocol: 'structure',
  catalog: buildCatalog('BotAPI', BOT_API_OPERATIONS, {
    ...EMPLOYEE_OPERATIONS,
    ...FILE_OPERATIONS,
    ...LINE_OPERATIONS,
    ...NOTIFICATION_OPERATIONS,
  }),
  handlers: { ...EMPLOYEE_HANDLERS, ...FILE_HANDLERS, ...LINE_HANDLERS, ...NOTIFICATION_HANDLERS },
};
