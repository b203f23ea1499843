/** Lexical checks of spec 002 (4.1 ids, 3.39 e-mail mask). */

export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const EMPTY_UUID = '00000000-0000-0000-0000-000000000000';

/** An empty reference: "", whitespace only, or the all-zero UUID (spec 4.1). */
export function isEmptyRef(text: string): boolean {
  const t = text.trim();
  return t === '' || t === EMPTY_UUID;
}

/** Letters of the Cyrillic blocks (U+0482…U+0489 are a sign and combining marks, not letters). */
const CYRILLIC = '\\u0400-\\u0481\\u048A-\\u052F';
const LOCAL_CHAR = `A-Za-z0-9${CYRILLIC}!#$%&'*+\\-/=?^_\`{|}~`;
/** Spec 3.26: the dot neither first nor last nor twice in a row. */
const LOCAL = new RegExp(`^[${LOCAL_CHAR}]+(\\.[${LOCAL_CHAR}]+)*$`);
/** Spec 3.26: a domain label of 1–63 characters, not starting or ending with a hyphen. */
const LABEL = new RegExp(`^[A-Za-z0-9${CYRILLIC}](?:[A-Za-z0-9${CYRILLIC}-]{0,61}[A-Za-z0-9${CYRILLIC}])?$`);

/**
 * The e-mail mask of spec 3.26/3.27/3.39/3.40, shared by every e-mail parameter: one address,
 * login up to 64 characters, domain up to 255 with at least one dot.
 */
export function isValidEmail(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || text.indexOf('@', at + 1) !== -1) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  if (domain.length > 255 || !domain.includes('.')) return false;
  return domain.split('.').every((label) => LABEL.test(label));
}
