import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { webDir } from '../../src/gateway/web/static-files';
import { startTestStack, type TestStack } from '../integration/harness';

const root = path.resolve(__dirname, '..', '..');
/** Debian's chromium; CI installs it (.ci/run). */
const CHROMIUM = process.env.CHILDGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const skipped = process.env.CHILDGRAPH_SKIP_BROWSER === '1';

/** An officer's session in a real browser against a real stack: sign in, worklist, download, child, language, sign out. */
(skipped ? describe.skip : describe)('the web app in a browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    // Failing, not skipping: a missing browser must not pass for a tested web app.
    if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: apt-get install chromium, or set CHILDGRAPH_SKIP_BROWSER=1 to skip the browser tests`);
    if (!existsSync(path.join(webDir(), 'index.html'))) execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: root, stdio: 'inherit' });
    // The app sends its documents' persisted ids only: it must work where the gateway accepts nothing else.
    const persistedOnly = process.env.CHILDGRAPH_PERSISTED_ONLY;
    process.env.CHILDGRAPH_PERSISTED_ONLY = '1';
    try {
      stack = await startTestStack('webapp', 300);
    } finally {
      if (persistedOnly === undefined) delete process.env.CHILDGRAPH_PERSISTED_ONLY;
      else process.env.CHILDGRAPH_PERSISTED_ONLY = persistedOnly;
    }
    await stack.refreshHub();
    origin = new URL(stack.gateway.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-background-networking'] });
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await stack?.close();
  });

  const firstRowName = () => page.locator('tbody tr').first().locator('td').first().innerText();

  it('signs in through the form as JUSTICE national and shows who is signed in', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.locator('select[name=agency]').selectOption('JUSTICE');
    await page.locator('input[name=jurisdiction]').fill('national');
    await page.locator('input[name=purpose]').fill('rà soát hộ tịch');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('who-am-i').filter({ hasText: 'JUSTICE · national · rà soát hộ tịch' }).waitFor();
    // The token is in an HttpOnly cookie: nothing the page's scripts can read holds it.
    const visible = await page.evaluate(() => [document.cookie, JSON.stringify(localStorage), JSON.stringify(sessionStorage)].join(' '));
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'childgraph_session', httpOnly: true, sameSite: 'Strict' });
    expect(visible).not.toContain(cookie.value.split('.')[2]);
  });

  it('shows the civil-status gaps with a total, and pages forward', async () => {
    await page.getByRole('heading', { name: 'Trẻ em thiếu giấy tờ hộ tịch' }).waitFor();
    await page.getByTestId('total').filter({ hasText: /Tổng số: \d+/ }).waitFor();
    const total = Number(/(\d+)/.exec(await page.getByTestId('total').innerText())![1]);
    expect(total).toBeGreaterThan(25);
    expect(await page.locator('tbody tr').count()).toBe(25);
    const firstName = await firstRowName();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.waitForFunction((name) => document.querySelector('tbody tr td')?.textContent !== name, firstName);
    expect(await page.locator('tbody tr').count()).toBe(Math.min(25, total - 25));
    await page.getByRole('button', { name: 'Trang trước' }).click();
    await page.waitForFunction((name) => document.querySelector('tbody tr td')?.textContent === name, firstName);
  });

  it('downloads the same list as CSV', async () => {
    const firstName = await firstRowName();
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${origin}/exports/civil-status-gaps.csv`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    expect(download.suggestedFilename()).toBe('civil-status-gaps.csv');
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved.split('\n').length).toBeGreaterThan(2);
    expect(saved).toContain(firstName);
  });

  it("opens a child and says which fields are not available to the agency, in Vietnamese and in English", async () => {
    await page.locator('tbody tr').first().locator('a').click();
    await page.getByRole('heading', { name: 'Hồ sơ trẻ em' }).waitFor();
    // JUSTICE may not read HIV status or screenings (schema/permissions.md); it may read the name.
    const hivStatus = page.locator('[data-field=hivStatus] dd');
    await hivStatus.filter({ hasText: 'Không được phép xem với cơ quan của bạn' }).waitFor();
    expect(await page.locator('[data-field=screenings] dd').innerText()).toBe('Không được phép xem với cơ quan của bạn');
    expect(await page.locator('[data-field=fullName] dd').innerText()).not.toMatch(/Không được phép|Chưa có dữ liệu/);
    expect(await page.locator('[data-field=hivStatus] dt').innerText()).toBe('Tình trạng HIV');

    await page.getByRole('button', { name: 'English' }).click();
    await hivStatus.filter({ hasText: 'not available to your agency' }).waitFor();
    expect(await page.locator('[data-field=hivStatus] dt').innerText()).toBe('HIV status');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe("Child's record");
  });

  it('signs out, after which the API refuses the browser', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const status = await page.evaluate(async () => (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status);
    expect(status).toBe(401);
    expect(await page.context().cookies()).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
