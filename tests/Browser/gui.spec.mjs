// Drives the router's HTTPS GUI in Debian's Chromium with playwright-core, as a person would: log in, read the
// dashboard, run a command in the web console, download a file, look at the certificates, then the security
// rules (CSRF token, session cookie, user privilege, logout). Run it inside the test's loopback-only network
// namespace (PEERS.md): `ip netns exec NS node gui.spec.mjs`. tests/Browser.Tests starts the device and runs it.
//
// Environment: GUI_URL (https://127.0.0.1:PORT), GUI_USER/GUI_PASSWORD (an administrator), GUI_VIEWER/
// GUI_VIEWER_PASSWORD (privilege=user), GUI_SYSTEM_NAME, GUI_CERTIFICATE (a certificate's name),
// GUI_SCREENSHOTS (folder for the PNGs). Prints "ok STEP" or "FAIL STEP: why" per step; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const base = env('GUI_URL');
const admin = { user: env('GUI_USER'), password: env('GUI_PASSWORD') };
const viewer = { user: env('GUI_VIEWER'), password: env('GUI_VIEWER_PASSWORD') };
const systemName = env('GUI_SYSTEM_NAME');
const certificateName = env('GUI_CERTIFICATE');
const shots = env('GUI_SCREENSHOTS');
mkdirSync(shots, { recursive: true });

// PEERS.md's flags; Playwright adds --headless and its own profile folder.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--ignore-certificate-errors'];

let failures = 0;
async function step(name, body) {
  try {
    await body();
    console.log(`ok ${name}`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${String(error && error.stack || error).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 6).join(' | ')}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const path = (page) => new URL(page.url()).pathname;

// Steps that need the administrator's session do not wait out their timeouts when the login failed.
let loggedIn = false;
const needLogin = () => check(loggedIn, 'not run: the administrator could not log in');

async function newContext(browser) {
  return browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true, viewport: { width: 1024, height: 768 } });
}

async function logIn(page, who) {
  await page.goto(base + '/login');
  await page.fill('#user', who.user);
  await page.fill('#password', who.password);
  await Promise.all([page.waitForURL('**/dashboard'), page.click('#login-submit')]);
}

async function runCommand(page, command) {
  await page.goto(base + '/console');
  await page.fill('#command', command);
  await Promise.all([page.waitForLoadState('load'), page.click('#run')]);
  await page.waitForSelector('#output', { timeout: 15000 });
  return page.textContent('#output');
}

// fetch from inside the page (same origin, the page's cookie); returns status and text.
async function pageFetch(page, url, init) {
  return page.evaluate(async ([url, init]) => {
    const response = await fetch(url, init);
    return { status: response.status, text: await response.text() };
  }, [url, init]);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
try {
  const context = await newContext(browser);
  context.setDefaultTimeout(15000);
  const page = await context.newPage();

  await step('GET / redirects to /login', async () => {
    await page.goto(base + '/');
    check(path(page) === '/login', `at ${page.url()}`);
    await page.screenshot({ path: join(shots, '01-login.png'), fullPage: true });
  });

  await step('login reaches the dashboard', async () => {
    await logIn(page, admin);
    check(path(page) === '/dashboard', `at ${page.url()}`);
    loggedIn = true;
    const h1 = await page.textContent('h1');
    check(h1 && h1.includes(systemName), `h1 is "${h1}", expected the system name ${systemName}`);
    check(await page.isVisible('#ssl-stats'), '#ssl-stats is not visible');
    await page.screenshot({ path: join(shots, '02-dashboard.png'), fullPage: true });
  });

  await step('web console runs show ssl', async () => {
    needLogin();
    const output = await runCommand(page, 'show ssl');
    check(output.includes('SSL Configuration'), `output: ${output}`);
    await page.screenshot({ path: join(shots, '03-console.png'), fullPage: true });
  });

  await step('files page downloads a file', async () => {
    needLogin();
    await page.goto(base + '/files');
    const links = page.locator('#files a[href^="/files/"]');
    const count = await links.count();
    check(count > 0, 'table #files has no file links');
    let link = page.locator(`#files a[href="/files/${certificateName}.cer"]`);
    if (await link.count() === 0) link = links.first();
    const href = await link.getAttribute('href');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = await download.path();
    const size = readFileSync(saved).length;
    check(size > 0, `download of ${href} is empty`);
    console.log(`  downloaded ${href}: ${size} bytes as ${download.suggestedFilename()}`);
    await page.screenshot({ path: join(shots, '04-files.png'), fullPage: true });
  });

  await step('certificates page lists the certificate', async () => {
    needLogin();
    await page.goto(base + '/certificates');
    const table = await page.textContent('#certificates');
    check(table && table.toLowerCase().includes(certificateName.toLowerCase()), `#certificates: ${table}`);
    await page.screenshot({ path: join(shots, '05-certificates.png'), fullPage: true });
  });

  await step('POST /api/command without X-CSRF-Token is refused with 403', async () => {
    needLogin();
    const refused = await pageFetch(page, '/api/command',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ command: 'show ssl' }) });
    check(refused.status === 403, `status ${refused.status}: ${refused.text}`);
    const wrong = await pageFetch(page, '/api/command', { method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': '0'.repeat(32) }, body: JSON.stringify({ command: 'show ssl' }) });
    check(wrong.status === 403, `wrong token: status ${wrong.status}`);
    // The same request with the session's token works, so the 403 above was the token's doing.
    const session = JSON.parse((await pageFetch(page, '/api/session', {})).text);
    const accepted = await pageFetch(page, '/api/command', { method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf }, body: JSON.stringify({ command: 'show ssl' }) });
    check(accepted.status === 200 && accepted.text.includes('SSL Configuration'), `with token: ${accepted.status} ${accepted.text}`);
  });

  await step('without the session cookie: /dashboard redirects to /login, /api/system answers 401', async () => {
    const stranger = await newContext(browser);
    try {
      const other = await stranger.newPage();
      await other.goto(base + '/dashboard');
      check(path(other) === '/login', `at ${other.url()}`);
      const api = await stranger.request.get(base + '/api/system', { maxRedirects: 0 });
      check(api.status() === 401, `/api/system: ${api.status()}`);
    } finally {
      await stranger.close();
    }
  });

  await step('a user with privilege=user cannot run security-officer commands', async () => {
    const limited = await newContext(browser);
    try {
      const other = await limited.newPage();
      await logIn(other, viewer);
      for (const command of ['enable system security', 'create enco key=1 type=ecc']) {
        const output = await runCommand(other, command);
        check(!/Info \(\d+\)/.test(output), `"${command}" was accepted: ${output}`);
        check(/error|refused|not allowed|privilege|permission/i.test(output), `"${command}" gave no refusal: ${output}`);
        console.log(`  ${command} -> ${output.trim().split('\n')[0]}`);
      }
      await other.screenshot({ path: join(shots, '06-viewer-refused.png'), fullPage: true });
    } finally {
      await limited.close();
    }
  });

  await step('logout ends the session; the old cookie no longer works', async () => {
    needLogin();
    const cookies = await context.cookies();
    check(cookies.length > 0, 'no cookie before logout');
    await page.goto(base + '/dashboard');
    await Promise.all([page.waitForURL('**/login'), page.click('#logout')]);
    check(path(page) === '/login', `at ${page.url()}`);
    await page.screenshot({ path: join(shots, '07-logged-out.png'), fullPage: true });
    const replay = await newContext(browser);
    try {
      await replay.addCookies(cookies);
      const other = await replay.newPage();
      await other.goto(base + '/dashboard');
      check(path(other) === '/login', `old cookie still opens ${other.url()}`);
      const api = await replay.request.get(base + '/api/system', { maxRedirects: 0 });
      check(api.status() === 401, `/api/system with the old cookie: ${api.status()}`);
    } finally {
      await replay.close();
    }
  });

  await context.close();
} finally {
  await browser.close();
}

console.log(`gui steps failed: ${failures}`);
process.exit(failures === 0 ? 0 : 1);
