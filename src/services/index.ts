import type { ServiceDefinition } from '../pipeline/service.js';
import { BOT_API } from './bot-api/index.js';
import { PARTNER_API } from './partner-api/index.js';
import { PARTNER_WEB_API2 } from './partner-web-api2/index.js';

/** The three services, all on one store. */
export const SERVICES: readonly ServiceDefinition[] = [PARTNER_WEB_API2, BOT_API, PARTNER_API];
