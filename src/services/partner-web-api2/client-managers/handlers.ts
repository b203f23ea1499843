import type { Handler } from '../../../pipeline/call-context.js';
import type { Params } from '../../../pipeline/call-context.js';
import { updateRow } from '../../../store/rows.js';

const setManager =
  (column: 'client_manager_id' | 'service_manager_id'): Handler =>
  (ctx, p: Params) =>
    updateRow(ctx, 'clients', p.ClientID as string, { [column]: p.SpecialistID === '' ? null : (p.SpecialistID as string) });

/** ClientRead's ClientManager (КлиентМенеджер) and ServiceManager (СпециалистПоСопровождению). */
export const CLIENT_MANAGER_HANDLERS: Record<string, Handler> = {
  ClientSetClientManager: setManager('client_manager_id'),
  ClientSetServiceManager: setManager('service_manager_id'),
};
