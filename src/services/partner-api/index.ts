import { buildCatalog } from '../../catalog/define.js';
import { serviceNamespace } from '../../xml/namespaces.js';
import type { ServiceDefinition } from '../../pipeline/service.js';
import { AGENT_OPERATIONS } from './agents/catalog.js';
import { AGENT_HANDLERS } from './agents/handlers.js';
import { CLIENT_OPERATIONS } from './clients/catalog.js';
import { CLIENT_HANDLERS } from './clients/handlers.js';
import { COMPETENCE_OPERATIONS } from './competences/catalog.js';
import { COMPETENCE_HANDLERS } from './competences/handlers.js';
import { DICTIONARY_OPERATIONS } from './dictionaries/catalog.js';
import { DICTIONARY_HANDLERS } from './dictionaries/handlers.js';
import { PEOPLE_OPERATIONS } from './people/catalog.js';
import { PEOPLE_HANDLERS } from './people/handlers.js';
import { SERVICE_OPERATIONS } from './services/catalog.js';
import { SERVICE_HANDLERS } from './services/handlers.js';
import { STATISTICS_OPERATIONS } from './statistics/catalog.js';
import { STATISTICS_HANDLERS } from './statistics/handlers.js';
import { PARTNER_API_OPERATIONS } from './operations.js';
import { PARTNER_OPERATIONS } from './partners/catalog.js';
import { PARTNER_HANDLERS } from './partners/handlers.js';

/** PartnerAPI 1.20 (spec 003): the first-generation API over the same data; errors are SOAP Faults. */
export const PARTNER_API: ServiceDefinition = {
  name: 'PartnerAPI',
  namespace: serviceNamespace('PartnerAPI'),
  protocol: 'operands',
  catalog: buildCatalog('PartnerAPI', PARTNER_API_OPERATIONS, {
    ...DICTIONARY_OPERATIONS,
    ...PARTNER_OPERATIONS,
    ...CLIENT_OPERATIONS,
    ...AGENT_OPERATIONS,
    ...SERVICE_OPERATIONS,
    ...PEOPLE_OPERATIONS,
    ...COMPETENCE_OPERATIONS,
    ...STATISTICS_OPERATIONS,
  }),
  handlers: { ...DICTIONARY_HANDLERS, ...PARTNER_HANDLERS, ...CLIENT_HANDLERS, ...AGENT_HANDLERS, ...SERVICE_HANDLERS, ...PEOPLE_HANDLERS, ...COMPETENCE_HANDLERS, ...STATISTICS_HANDLERS },
};
