import type { OperationSpec, ServiceName } from '../catalog/types.js';
import type { Handler } from './call-context.js';

/** One SOAP service: its catalog, its handlers and how its requests and results look on the wire. */
export interface ServiceDefinition {
  name: ServiceName;
  namespace: string;
  /** 'structure': Params Structure in, ResultCode/ResultData out (PartnerWebAPI2, BotAPI); 'operands': PartnerAPI 1.20. */
  protocol: 'structure' | 'operands';
  catalog: ReadonlyMap<string, OperationSpec>;
  handlers: Readonly<Record<string, Handler>>;
}
