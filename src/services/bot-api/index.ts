import { buildCatalog } from '../../catalog/define.js';
import { serviceNamespace } from '../../xml/namespaces.js';
import type { ServiceDefinition } from '../../pipeline/service.js';
import { BOT_API_OPERATIONS } from './operations.js';

/** BotAPI (spec 002 section 5): bots of a partner talk to its employees and clients. */
export const BOT_API: ServiceDefinition = {
  name: 'BotAPI',
  namespace: serviceNamespace('BotAPI'),
  protocol: 'structure',
  catalog: buildCatalog('BotAPI', BOT_API_OPERATIONS, {}),
  handlers: {},
};
