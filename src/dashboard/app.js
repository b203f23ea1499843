// The dashboard's client: reads and drives the JSON admin API of the same origin.

const $ = (selector) => document.querySelector(selector);
const API = '/admin/api';
const MOSCOW_MS = 3 * 3600_000;
let login = '';

/** A JSON admin call; the admin token (needed beyond loopback) is asked once and kept for the tab. */
async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem('adminToken');
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (res.status === 401) $('#token-form').hidden = false;
  if (!res.ok) throw new Error(data.error ?? `HTTP ${res.status}`);
  return data;
}

const account = (suffix = '') => `/accounts/${encodeURIComponent(login)}${suffix}`;
const moscow = (iso) => new Date(new Date(iso).getTime() + MOSCOW_MS).toISOString().slice(0, 19).replace('T', ' ');

function show(message, isError = false) {
  const status = $('#status');
  status.textContent = message;
  status.className = isError ? 'error' : '';
}

/** Runs an action, reports its error, then shows the account again. */
async function act(action, done = 'done') {
  try {
    await action();
    show(done);
  } catch (e) {
    show(e.message, true);
  }
  await refresh();
}

function cells(row, values) {
  for (const value of values) {
    const td = row.insertCell();
    if (value instanceof Node) td.append(value);
    else td.textContent = value ?? '';
  }
}

function xmlDetails(call) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'request / response';
  const request = document.createElement('pre');
  request.className = 'journal-request';
  request.textContent = call.request ?? '';
  const response = document.createElement('pre');
  response.className = 'journal-response';
  response.textContent = call.response ?? '';
  details.append(summary, request, response);
  return details;
}

async function loadAccounts() {
  const { accounts } = await api('GET', '/accounts');
  const select = $('#account');
  const chosen = login || (accounts.some((a) => a.login === 'demo') ? 'demo' : accounts[0]?.login ?? '');
  select.replaceChildren(...accounts.map((a) => new Option(`${a.login} (seed ${a.seed}, UTC${a.settings.utcOffset})`, a.login)));
  select.value = login = chosen;
}

async function showLimits() {
  const view = await api('GET', account('/limits'));
  $('#clock-now').textContent = moscow(view.now);
  $('#clock-window').textContent = view.window === 'night' ? 'night' : 'day';
  $('#limits-summary').textContent = `${view.enabled ? 'limits on' : 'limits off'}, scale ${view.scale}`;
  $('#meters').replaceChildren(
    ...view.operations.map((op) => {
      const div = document.createElement('div');
      div.className = 'meter';
      div.dataset.operation = op.operation;
      div.title = `${op.service}: ${op.used} used of ${op.limit}, ${op.remaining} remaining`;
      const meter = document.createElement('meter');
      Object.assign(meter, { min: 0, max: Math.max(op.limit, 1), value: op.used, high: op.limit * 0.8 });
      div.innerHTML = `<span class="name"></span><span><span class="used"></span>/<span class="limit"></span></span>`;
      div.querySelector('.name').textContent = op.operation;
      div.querySelector('.used').textContent = op.used;
      div.querySelector('.limit').textContent = op.limit;
      div.append(meter);
      return div;
    }),
  );
}

async function showClock() {
  const { clock } = await api('GET', account());
  $('#clock-mode').textContent = clock.virtual ? (clock.frozen ? 'virtual, frozen' : 'virtual, running') : 'real time';
}

async function showJournal() {
  const query = new URLSearchParams([...new FormData($('#journal-filter'))].filter(([, v]) => v !== ''));
  const { calls } = await api('GET', account(`/journal?${query}`));
  const body = $('#journal-rows');
  body.replaceChildren();
  for (const call of calls) {
    const row = body.insertRow();
    row.dataset.operation = call.operation;
    cells(row, [call.id, moscow(call.at), call.service, call.operation, call.result + (call.fault ? ` (fault ${call.fault})` : ''), call.resultData, call.durationMs, xmlDetails(call)]);
  }
}

async function showSnapshots() {
  const { snapshots } = await api('GET', account('/snapshots'));
  $('#snapshots').replaceChildren(
    ...snapshots.map((s) => {
      const li = document.createElement('li');
      const restore = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Restore' });
      restore.onclick = () => act(() => api('POST', account(`/snapshots/${encodeURIComponent(s.name)}/restore`)), `restored ${s.name}`);
      const drop = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Delete' });
      drop.onclick = () => act(() => api('DELETE', account(`/snapshots/${encodeURIComponent(s.name)}`)), `deleted ${s.name}`);
      li.append(`${s.name} `, restore, ' ', drop);
      return li;
    }),
  );
}

async function showFaults() {
  const { rules } = await api('GET', account('/faults'));
  $('#faults-current').textContent = rules.length ? JSON.stringify(rules, null, 1) : 'no fault rules';
}

async function showOutbox() {
  const { items } = await api('GET', account('/outbox'));
  const body = $('#outbox-rows');
  body.replaceChildren();
  for (const item of items) cells(body.insertRow(), [item.createdAt, item.kind, item.operation, item.recipient, item.summary]);
}

/** The data browser: what the account's world holds, one collection a page at a time. */
async function showCollections() {
  const { collections } = await api('GET', account('/data'));
  const select = $('#data-collection');
  const chosen = select.value;
  select.replaceChildren(
    ...collections.map((c) => {
      const option = document.createElement('option');
      option.value = c.name;
      option.textContent = `${c.name} (${c.rows})`;
      return option;
    }),
  );
  if (chosen) select.value = chosen;
}

async function showData(form) {
  const params = new URLSearchParams({ limit: String(form.get('limit')), offset: String(form.get('offset')) });
  const page = await api('GET', account(`/data/${encodeURIComponent(String(form.get('collection')))}?${params}`));
  const head = $('#data-head');
  head.replaceChildren();
  const header = head.insertRow();
  for (const column of page.columns) {
    const th = document.createElement('th');
    th.textContent = column;
    header.append(th);
  }
  const body = $('#data-rows');
  body.replaceChildren();
  for (const row of page.rows) cells(body.insertRow(), row.map((v) => (v === null ? '' : String(v))));
  $('#data-total').textContent = `${page.rows.length} of ${page.total}`;
}

async function refresh() {
  if (!login) return;
  try {
    await Promise.all([showClock(), showLimits(), showJournal(), showSnapshots(), showFaults(), showOutbox(), showCollections()]);
  } catch (e) {
    show(e.message, true);
  }
}

function wire() {
  const onSubmit = (selector, handler) =>
    $(selector).addEventListener('submit', (event) => {
      event.preventDefault();
      handler(new FormData(event.target));
    });
  $('#account').onchange = (event) => {
    login = event.target.value;
    refresh();
  };
  $('#refresh').onclick = () => loadAccounts().then(refresh, (e) => show(e.message, true));
  onSubmit('#token-form', (form) => {
    sessionStorage.setItem('adminToken', String(form.get('token')));
    $('#token-form').hidden = true;
    start();
  });
  onSubmit('#clock-set', (form) =>
    act(() => api('PUT', account('/clock'), { now: `${String(form.get('now')).padEnd(19, ':00')}+03:00`, frozen: form.get('frozen') === 'on' }), 'clock set'),
  );
  onSubmit('#clock-advance', (form) => act(() => api('POST', account('/clock/advance'), { minutes: Number(form.get('minutes')) }), 'clock moved'));
  $('#clock-real').onclick = () => act(() => api('DELETE', account('/clock')), 'real time');
  onSubmit('#journal-filter', () => showJournal().catch((e) => show(e.message, true)));
  $('#reset').onclick = () => act(() => api('POST', account('/reset')), 'account reset');
  onSubmit('#snapshot-save', (form) => act(() => api('POST', account(`/snapshots/${encodeURIComponent(String(form.get('name')))}`)), 'snapshot saved'));
  onSubmit('#faults-form', (form) => act(() => api('PUT', account('/faults'), JSON.parse(String(form.get('rules')))), 'fault rules saved'));
  $('#faults-clear').onclick = () => act(() => api('DELETE', account('/faults')), 'fault rules cleared');
  onSubmit('#data-form', (form) => showData(form).catch((e) => show(e.message, true)));
  for (const form of document.querySelectorAll('form.try')) form.addEventListener('submit', tryIt);
}

/** "Try it": a real SOAP call of the operation for the account, from the form's non-empty values. */
async function tryIt(event) {
  event.preventDefault();
  const form = event.target;
  const params = {};
  for (const input of form.querySelectorAll('[data-type]')) {
    if (input.value === '') continue;
    const type = input.dataset.type;
    params[input.name] = type === 'number' ? Number(input.value) : type === 'boolean' ? input.value === 'true' : input.value;
  }
  const result = form.querySelector('.try-result');
  try {
    const answer = await api('POST', account('/try'), { service: form.dataset.service, operation: form.dataset.operation, params, soapVersion: form.soapVersion.value });
    const code = /name="ResultCode"><Value[^>]*>([^<]*)</.exec(answer.response)?.[1];
    form.querySelector('.try-status').textContent = `HTTP ${answer.status}${code ? ` · ${code}` : ''}${answer.fault ? ` · fault ${answer.fault}` : ''}`;
    form.querySelector('.try-request').textContent = answer.request;
    form.querySelector('.try-response').textContent = answer.response;
  } catch (e) {
    form.querySelector('.try-status').textContent = e.message;
  }
  result.hidden = false;
  await refresh();
}

async function start() {
  try {
    await loadAccounts();
    await refresh();
  } catch (e) {
    show(e.message, true);
  }
}

wire();
start();
setInterval(() => {
  if (!document.hidden && !document.querySelector('details[open] pre.journal-request')) refresh();
}, 3000);
