/** Lexical checks of spec 002 (4.1 ids, 3.39 e-mail mask). */

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const EMPTY_UUID = '00000000-0000-0000-0000-000000000000';

/** An empty reference: "", whitespace only, or the all-zero UUID (spec 4.1). */
export function isEmptyRef(text: string): boolean {
  const t = text.trim();
  return t === '' || t === EMPTY_UUID;
}

const LOCAL_CHAR = "A-Za-z0-9\\u0400-\\u04FF!#$%&'*+\\-/=?^_`{|}~";
const LOCAL = new RegExp(`^[${LOCAL_CHAR}]+(\\.[${LOCAL_CHAR}]+)*$`);
const LABEL = /^[A-Za-z0-9\u0400-\u04FF](?:[A-Za-z0-9\u0400-\u04FF-]{0,61}[A-Za-z0-9\u0400-\u04FF])?$/;

/** The e-mail mask of SpecialistAdd/ClientUserAdd: one address, login ≤ 64, domain ≤ 255 with a dot. */
export function isValidEmail(text: string): boolean {
  const at = text.lastIndexOf('@');
  if (at <= 0) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  if (domain.length > 255 || !domain.includes('.')) return false;
  return domain.split('.').every((label) => LABEL.test(label));
}
