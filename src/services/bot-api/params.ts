import { param } from '../../catalog/define.js';

/** The calling infobase (WIRE-FORMAT §9): any non-empty id of up to 36 characters; the partner is known from the login. */
export const infobaseId = param.string('InfobaseID', 36, { required: true });

/** GetEmployeesList needs no parameters but is sent an InfobaseID by clients (WIRE-FORMAT §9). */
export const optionalInfobaseId = param.string('InfobaseID', 36, { allowEmpty: true });
