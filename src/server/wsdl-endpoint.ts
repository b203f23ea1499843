import type { RequestHandler } from 'express';
import type { ServiceDefinition } from '../pipeline/service.js';
import { generateWsdl } from '../wsdl/generate-wsdl.js';
import { baseUrlOf } from './soap-http.js';

const WSDL_QUERY = /^(wsdl|singlewsdl)$/i;
/** The address comes from the Host header; a few hosts are cached, not every one a client invents. */
const CACHED_LOCATIONS = 16;

/** GET ?wsdl (also ?WSDL, ?singleWsdl): the WSDL with this server's own address. */
export function wsdlEndpoint(service: ServiceDefinition, publicUrl?: string): RequestHandler {
  const cache = new Map<string, string>();
  return (req, res) => {
    const query = req.url.split('?')[1] ?? '';
    if (!WSDL_QUERY.test(query.split('&')[0])) {
      res.status(405).type('text/plain; charset=utf-8').send(`1c-connect-mock: ${service.name} принимает SOAP методом POST; WSDL: ?wsdl\n`);
      return;
    }
    const location = `${baseUrlOf(req, publicUrl)}/cus/ws/${service.name}`;
    let wsdl = cache.get(location);
    if (!wsdl) {
      if (cache.size >= CACHED_LOCATIONS) cache.clear();
      cache.set(location, (wsdl = generateWsdl(service, location)));
    }
    res.type('text/xml; charset=utf-8').send(wsdl);
  };
}
