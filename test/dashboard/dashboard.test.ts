import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTNER_WEB_API2 } from '../../src/services/partner-web-api2/index.js';
import { PROJECT_ROOT } from '../../src/wsdl/write-wsdl-files.js';
import { postSoap, startMock, type RunningMock } from '../support/mock-server.js';
import { structureRequest } from '../support/soap-request.js';

const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) console.log(`SKIPPED: the dashboard browser tests need ${CHROMIUM} (apt-get install chromium)`);

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!hasBrowser)('dashboard in a browser', () => {
  let mock: RunningMock;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    mock = await startMock();
    profile = mkdtempSync(join(tmpdir(), 'dashboard-chromium-'));
    // A persistent context is how playwright takes a --user-data-dir of our own.
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 1000 } });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await mock?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const meterLimit = () => page.locator('#meters [data-operation="RegionRead"] .limit');

  it('loads without console errors', async () => {
    await page.goto(`${mock.url}/`);
    await expect.poll(() => page.locator('#account').inputValue()).toBe('demo');
    await expect.poll(() => meterLimit().textContent()).toMatch(/^\d+$/);
    expect(consoleErrors).toEqual([]);
  });

  it('shows a SOAP call in the journal', async () => {
    const answer = await postSoap(`${mock.url}/cus/ws/PartnerWebAPI2`, structureRequest('PartnerWebAPI2', 'RegionRead', {}, '1.1'));
    expect(answer.status).toBe(200);
    await page.click('#refresh');
    await expect.poll(() => page.locator('#journal-rows tr[data-operation="RegionRead"]').count()).toBe(1);
    await expect.poll(() => page.locator('#journal-rows tr[data-operation="RegionRead"] td:nth-child(5)').textContent()).toBe('SUCCESS');
  });

  it('turns the RegionRead meter to the night limit at 23:30 Moscow time', async () => {
    const { dayPerHour, nightPerHour } = PARTNER_WEB_API2.catalog.get('RegionRead')!.limits;
    expect(nightPerHour).not.toBe(dayPerHour);
    await page.fill('#clock-set input[name="now"]', '2024-03-01T23:30');
    await page.check('#clock-set input[name="frozen"]');
    await page.click('#clock-set button');
    await expect.poll(() => page.locator('#clock-window').textContent()).toBe('night');
    await expect.poll(() => meterLimit().textContent()).toBe(String(nightPerHour));
    expect(await page.locator('#clock-now').textContent()).toBe('2024-03-01 23:30:00');
  });

  it('answers RegionRead from the try-it form with the envelope both ways', async () => {
    const operation = page.locator('#op-PartnerWebAPI2-RegionRead');
    await operation.locator('summary').click();
    await operation.locator('form.try button').click();
    await expect.poll(() => operation.locator('.try-status').textContent()).toBe('HTTP 200 · SUCCESS');
    expect(await operation.locator('.try-request').textContent()).toContain('<par:RegionRead><par:Params></par:Params></par:RegionRead>');
    expect(await operation.locator('.try-response').textContent()).toContain('RegionID');
    await expect.poll(() => page.locator('#journal-rows tr[data-operation="RegionRead"]').count()).toBe(2);
    await page.evaluate('window.scrollTo(0, 0)');
    mkdirSync(join(PROJECT_ROOT, 'docs'), { recursive: true });
    // The README's screenshot is rewritten on request (UPDATE_SCREENSHOT=1); otherwise it goes to a temporary folder.
    const shot = process.env.UPDATE_SCREENSHOT === '1' ? join(PROJECT_ROOT, 'docs', 'dashboard.png') : join(tmpdir(), 'dashboard.png');
    await page.screenshot({ path: shot });
  });

  it('browses the world\'s data', async () => {
    await expect.poll(() => page.locator('#data-collection option').count()).toBeGreaterThan(5);
    await page.selectOption('#data-collection', 'clients');
    await page.click('#data-form button');
    await expect.poll(() => page.locator('#data-rows tr').count()).toBe(50);
    expect(await page.locator('#data-head th').first().textContent()).toBe('id');
    expect(await page.locator('#data-total').textContent()).toMatch(/^50 of \d+$/);
  });

  it('saves a snapshot and fault rules', async () => {
    await page.fill('#snapshot-save input[name="name"]', 'before-import');
    await page.click('#snapshot-save button');
    await expect.poll(() => page.locator('#snapshots li').textContent()).toBe('before-import Restore Delete');
    await page.click('#faults-form button');
    await expect.poll(() => page.locator('#faults-current').textContent()).toContain('"mode": "maintenance"');
    expect(mock.runtime.faults.list('demo')).toMatchObject([{ operation: 'ClientRead', mode: 'maintenance', times: 1 }]);
  });

  it('empties the journal on reset', async () => {
    await page.click('#reset');
    await expect.poll(() => page.locator('#status').textContent()).toBe('account reset');
    await expect.poll(() => page.locator('#journal-rows tr').count()).toBe(0);
    await expect.poll(() => page.locator('#clock-mode').textContent()).toBe('real time');
    expect(consoleErrors).toEqual([]);
  });
});
