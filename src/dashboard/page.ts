/** The dashboard's HTML: the frame the client script fills from the admin API, and the operation reference with "try it" forms. */

import { limitsLine, operationEntries, type OperationEntry } from '../docs/operation-reference.js';
import type { ServiceDefinition } from '../pipeline/service.js';

const esc = (text: string | number) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Parameter types the form can send as one value; tables and structures are left to real clients. */
const SCALAR_TYPES = new Set(['string', 'uuid', 'number', 'boolean', 'date', 'dateTime']);

export function dashboardPage(services: readonly ServiceDefinition[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>1c-connect-mock</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script type="module" src="/dashboard/app.js"></script>
</head>
<body>
<header>
  <h1>1c-connect-mock</h1>
  <label>Account <select id="account"></select></label>
  <button id="refresh" type="button">Refresh</button>
  <form id="token-form" hidden><label>Admin token <input name="token" type="password" autocomplete="off"></label> <button>Use</button></form>
  <span id="status" role="status"></span>
</header>
<main>
<section id="clock"><h2>Clock</h2>
  <p>Now: <b id="clock-now">—</b> Moscow time · <b id="clock-window">—</b> · <span id="clock-mode"></span></p>
  <form id="clock-set"><label>Moscow time <input name="now" type="datetime-local" step="1" required></label>
    <label><input name="frozen" type="checkbox" checked> frozen</label> <button>Set</button></form>
  <form id="clock-advance"><label>Advance by <input name="minutes" type="number" value="60" required> minutes</label> <button>Advance</button></form>
  <button id="clock-real" type="button">Back to real time</button>
</section>
<section id="limits"><h2>Hourly limits (this Moscow hour)</h2><p id="limits-summary"></p><div id="meters" class="meters"></div></section>
<section id="journal"><h2>Journal</h2>
  <form id="journal-filter"><input name="operation" placeholder="operation"> <input name="resultCode" placeholder="ResultCode">
    <input name="limit" type="number" min="1" max="500" value="50"> <button>Filter</button></form>
  <table><thead><tr><th>#</th><th>virtual time</th><th>service</th><th>operation</th><th>result</th><th>data</th><th>ms</th><th>XML</th></tr></thead><tbody id="journal-rows"></tbody></table>
</section>
<section id="state"><h2>Reset and snapshots</h2>
  <button id="reset" type="button">Reset the account</button>
  <form id="snapshot-save"><input name="name" placeholder="snapshot name" pattern="[A-Za-z0-9._\\-]{1,64}" required> <button>Save snapshot</button></form>
  <ul id="snapshots"></ul>
</section>
<section id="faults"><h2>Fault rules</h2>
  <form id="faults-form"><textarea name="rules" rows="4" cols="80" spellcheck="false">[{"operation": "ClientRead", "mode": "maintenance", "times": 1}]</textarea><br>
    <button>Save rules</button> <button id="faults-clear" type="button">Clear</button></form>
  <pre id="faults-current"></pre>
</section>
<section id="outbox"><h2>Outbox</h2><table><thead><tr><th>when</th><th>kind</th><th>operation</th><th>recipient</th><th>summary</th></tr></thead><tbody id="outbox-rows"></tbody></table></section>
<section id="data"><h2>Data</h2>
  <form id="data-form"><select id="data-collection" name="collection"></select>
    <input name="limit" type="number" min="1" max="500" value="50"> rows from <input name="offset" type="number" min="0" value="0"> <button>Show</button>
    <span id="data-total"></span></form>
  <div class="data-scroll"><table><thead id="data-head"></thead><tbody id="data-rows"></tbody></table></div>
</section>
<section id="reference"><h2>Operations</h2>
${services.map((s) => serviceReference(s.name, operationEntries([s]))).join('\n')}
</section>
</main>
</body>
</html>
`;
}

function serviceReference(service: string, entries: OperationEntry[]): string {
  return `<h3>${esc(service)} (${entries.length})</h3>\n${entries.map((e) => operationReference(e)).join('\n')}`;
}

function operationReference(e: OperationEntry): string {
  const params = e.params ?? [];
  const rows = params.map((p) => `<tr><td>${esc(p.name)}</td><td>${esc(p.type)}</td><td>${esc(p.required)}</td><td>${p.mayBeEmpty ? 'yes' : 'no'}</td><td>${esc(p.checks.join('; '))}</td></tr>`);
  const columns = e.result.columns.map((c) => `<tr><td>${esc(c.name)}</td><td>${esc(c.type)}</td></tr>`);
  const inputs = params
    .filter((p) => !p.name.includes('.') && SCALAR_TYPES.has(p.type))
    .map((p) => `<label>${esc(p.name)}${p.required === 'yes' ? ' *' : ''} ${valueInput(p.name, p.type)}</label>`);
  return `<details class="op" id="op-${esc(e.service)}-${esc(e.name)}"><summary><b>${esc(e.name)}</b> · spec ${esc(e.section)} · ${esc(limitsLine(e.limits))}</summary>
${e.notes.length ? `<p>${esc(e.notes.join('; '))}</p>` : ''}
${rows.length ? `<table><thead><tr><th>parameter</th><th>type</th><th>required</th><th>may be empty</th><th>checks</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>No parameters.</p>'}
${columns.length ? `<p>Result ${esc(e.result.kind)}:</p><table><thead><tr><th>column</th><th>1C type</th></tr></thead><tbody>${columns.join('')}</tbody></table>` : `<p>Result: ${esc(e.result.kind)}.</p>`}
<form class="try" data-service="${esc(e.service)}" data-operation="${esc(e.name)}">${inputs.join(' ')}
<label>SOAP <select name="soapVersion"><option>1.1</option><option>1.2</option></select></label> <button>Try it</button>
<div class="try-result" hidden><p class="try-status"></p><h4>Request</h4><pre class="try-request"></pre><h4>Response</h4><pre class="try-response"></pre></div></form>
</details>`;
}

function valueInput(name: string, type: string): string {
  if (type === 'boolean') return `<select name="${esc(name)}" data-type="boolean"><option value=""></option><option>true</option><option>false</option></select>`;
  return `<input name="${esc(name)}" data-type="${esc(type)}" placeholder="${esc(type)}">`;
}

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; }
header { display: flex; gap: 1em; align-items: center; padding: .5em 1em; background: #23395d; color: #fff; position: sticky; top: 0; z-index: 1; }
header h1 { font-size: 1.2em; margin: 0; }
main { padding: 0 1em 2em; }
section { border-bottom: 1px solid #ddd; padding: .5em 0; }
h2 { font-size: 1.1em; }
table { border-collapse: collapse; margin: .3em 0; }
.data-scroll { max-height: 24em; overflow: auto; }
td, th { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
pre { background: #f5f5f5; padding: .5em; overflow: auto; max-height: 20em; white-space: pre-wrap; word-break: break-all; }
.meters { max-height: 11em; overflow: auto; display: grid; grid-template-columns: repeat(auto-fill, minmax(24em, 1fr)); gap: 2px 1em; }
.meter { display: grid; grid-template-columns: minmax(0, 1fr) 6em 5em; gap: .4em; align-items: center; font-size: 12px; }
.meter .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.meter meter { width: 100%; }
.op summary { cursor: pointer; }
.try label { margin-right: .6em; white-space: nowrap; }
.error { color: #b00; }
`;
