export const NS = {
  soap11: 'http://schemas.xmlsoap.org/soap/envelope/',
  soap12: 'http://www.w3.org/2003/05/soap-envelope',
  xs: 'http://www.w3.org/2001/XMLSchema',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  core: 'http://v8.1c.ru/8.1/data/core',
} as const;

export function serviceNamespace(service: string): string {
  return `http://buhphone.com/${service}`;
}
