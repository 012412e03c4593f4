import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  connectionStoragePrefix,
  getActiveConnection,
  hasStoredSecret,
  listConnections,
  saveConnection,
  secretsOf,
  setActiveConnection,
} from '@/api/connections';
import { DEMO_BASE_URL, DEMO_DA_AUDIENCE_ID, DEMO_DA_BASE_URL, DEMO_DA_SESSION, DEMO_TOKEN } from '@/api/demo';
import { resetStore } from '@/mocks';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SettingsPage from './SettingsPage';

type User = ReturnType<typeof userEvent.setup>;

const DEMO_HOST = new URL(DEMO_BASE_URL).host;
const SECRETS_PREFIX = 'segment-studio:secrets:v2:';
/** Answers take seconds while the embedded backend builds its data on a busy machine. */
const SLOW = { timeout: 15_000 };

function renderSettings() {
  return renderRoute([{ path: '/settings', element: <SettingsPage /> }], '/settings');
}

const connectionList = () => screen.getByRole('list', { name: 'Connections' });
const rowOf = (name: string) => within(connectionList()).getByRole('listitem', { name });
const form = () => screen.getByRole('form');

async function chooseBackend(user: User, label: string) {
  await user.click(screen.getByRole('combobox', { name: 'Backend' }));
  await user.click(await screen.findByRole('option', { name: label }));
}

/** Replaces a field's text by pasting it: typing long URLs key by key is slow on a busy machine. */
async function fill(user: User, field: HTMLElement, value: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(value);
}

async function fillAltcraft(user: User, { baseUrl = DEMO_BASE_URL, token = DEMO_TOKEN, name = '' } = {}) {
  await fill(user, screen.getByRole('textbox', { name: 'Base URL' }), baseUrl);
  if (name) await fill(user, screen.getByRole('textbox', { name: 'Connection name' }), name);
  await fill(user, screen.getByLabelText('API token'), token);
}

function storedSecretKeys(storage: Storage): string[] {
  return Object.keys(storage).filter((key) => key.startsWith(SECRETS_PREFIX));
}

describe('SettingsPage: the list of connections', () => {
  it('lists every connection, marks the active and built-in ones, and never offers to edit or remove a built-in', async () => {
    const user = userEvent.setup();
    renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    const items = within(connectionList()).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/^Demo · /).textContent)).toEqual([
      'Demo · Altcraft',
      'Demo · Push0',
      'Demo · Digital Audience',
    ]);
    const altcraft = rowOf('Demo · Altcraft');
    expect(within(altcraft).getByText('Active')).toBeInTheDocument();
    expect(within(altcraft).getByText(`Altcraft · ${DEMO_HOST}`)).toBeInTheDocument();
    expect(within(altcraft).queryByRole('button', { name: 'Use' })).not.toBeInTheDocument();
    for (const item of items) {
      expect(within(item).getByText('Built-in')).toBeInTheDocument();
      expect(within(item).queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();
      expect(within(item).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    }

    await user.click(within(rowOf('Demo · Push0')).getByRole('button', { name: 'Use' }));
    expect(getActiveConnection()?.id).toBe('demo-push0');
    expect(within(rowOf('Demo · Push0')).getByText('Active')).toBeInTheDocument();
    expect(within(rowOf('Demo · Altcraft')).queryByText('Active')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('This tab now uses “Demo · Push0”.');
  });

  it('removes a connection after a confirmation that says its drafts go too', async () => {
    const { connection } = saveConnection(
      { vendor: 'altcraft', name: 'Staging', baseUrl: 'https://staging.example.com/api/v1.1', remember: false },
      { token: 'staging-token' },
    );
    const draftKey = `${connectionStoragePrefix(connection.id)}draft:new`;
    localStorage.setItem(draftKey, '{}');
    const user = userEvent.setup();
    renderSettings();

    await user.click(within(rowOf('Staging')).getByRole('button', { name: 'Remove' }));
    let dialog = screen.getByRole('dialog', { name: 'Remove connection?' });
    expect(dialog).toHaveTextContent(/drafts/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rowOf('Staging')).toBeInTheDocument();

    await user.click(within(rowOf('Staging')).getByRole('button', { name: 'Remove' }));
    dialog = screen.getByRole('dialog', { name: 'Remove connection?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(connectionList()).queryByRole('listitem', { name: 'Staging' })).not.toBeInTheDocument();
    expect(listConnections().some((c) => c.id === connection.id)).toBe(false);
    expect(localStorage.getItem(draftKey)).toBeNull();
    expect(storedSecretKeys(sessionStorage)).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Connection “Staging” was removed.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add connection' })).toHaveFocus());
  });

  it('signs out of a connection: its secret and drafts go, the connection stays', async () => {
    const { connection } = saveConnection(
      { vendor: 'push0', name: 'Mobile', baseUrl: 'https://api.push0.example/v1', remember: true },
      { token: 'push-key' },
    );
    const draftKey = `${connectionStoragePrefix(connection.id)}draft:v2:new:t1`;
    localStorage.setItem(draftKey, '{}');
    const user = userEvent.setup();
    renderSettings();
    await user.click(within(rowOf('Mobile')).getByRole('button', { name: 'Sign out' }));
    expect(screen.getByRole('status')).toHaveTextContent('Signed out of “Mobile”');
    expect(localStorage.getItem(draftKey)).toBeNull();
    expect(storedSecretKeys(localStorage)).toEqual([]);
    expect(rowOf('Mobile')).toBeInTheDocument();
    expect(within(rowOf('Mobile')).queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});

describe('SettingsPage: the connection form', () => {
  it('shows the fields of the chosen backend', async () => {
    const user = userEvent.setup();
    renderSettings();
    await user.click(screen.getByRole('button', { name: 'Add connection' }));
    expect(screen.getByRole('heading', { name: 'New connection' })).toHaveFocus();

    await user.click(screen.getByRole('combobox', { name: 'Backend' }));
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Altcraft', 'Push0', 'Digital Audience']);
    await user.keyboard('{Escape}');

    expect(screen.getByLabelText('API token')).toHaveAttribute('type', 'password');
    expect(screen.getAllByLabelText(/api token/i)).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: 'Audience ID' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Sign-in method' })).not.toBeInTheDocument();

    await chooseBackend(user, 'Digital Audience');
    expect(screen.getByRole('textbox', { name: 'Audience ID' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Sign-in method' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'User name' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    // A lookup by part of a label (Playwright's getByLabel) finds each field alone.
    expect(screen.getAllByLabelText(/user name/i)).toHaveLength(1);
    expect(screen.getAllByLabelText(/password/i)).toHaveLength(1);
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Paste a cookie from a signed-in session' }));
    expect(screen.getByLabelText('Session cookie')).toHaveAttribute('type', 'password');
    expect(screen.getAllByLabelText(/session cookie/i)).toHaveLength(1);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();

    await chooseBackend(user, 'Push0');
    expect(screen.getByLabelText('API token')).toHaveAttribute('autocomplete', 'off');
    expect(screen.getByText(/Push0 dashboard → API keys/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Audience ID' })).not.toBeInTheDocument();
  });

  it('refuses base URLs that cannot work, each with its reason, next to the field', async () => {
    const user = userEvent.setup();
    renderSettings();
    const baseUrl = screen.getByRole('textbox', { name: 'Base URL' });
    const save = screen.getByRole('button', { name: 'Save connection' });
    const cases: Array<[string, RegExp]> = [
      ['https://user:pass@crm.example.com/api/v1.1', /Remove the user name and password from the URL/],
      ['https://crm.example.com/api/v1.1?token=x', /Remove the query string/],
      ['https://crm.example.com/api/v1.1#top', /Remove the fragment/],
      ['ftp://crm.example.com/api/v1.1', /Only https:\/\/ and http:\/\/ addresses/],
      ['/api/v1.1', /A path must lead through the proxy/],
    ];
    for (const [value, message] of cases) {
      await fill(user, baseUrl, value);
      await user.click(save);
      expect(baseUrl).toHaveAccessibleDescription(message);
      expect(baseUrl).toHaveAttribute('aria-invalid', 'true');
    }
    await fill(user, baseUrl, '/proxy/altcraft');
    await user.click(save);
    expect(baseUrl).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('API token')).toHaveAccessibleDescription(/Enter the API token/);
    expect(screen.getByLabelText('API token')).toHaveFocus();
    expect(listConnections()).toHaveLength(3);
  });

  it('completes a bare Altcraft host with the API path, and says so', async () => {
    const user = userEvent.setup();
    renderSettings();
    const baseUrl = screen.getByRole('textbox', { name: 'Base URL' });
    await user.type(baseUrl, 'https://crm.example.com');
    await user.tab();
    expect(baseUrl).toHaveValue('https://crm.example.com/api/v1.1');
    expect(baseUrl).toHaveAccessibleDescription(/Completed to https:\/\/crm\.example\.com\/api\/v1\.1.*\/api\/v1\.1/);
    expect(screen.getByRole('textbox', { name: 'Connection name' })).toHaveAttribute('placeholder', 'crm.example.com');
  });

  it('saves a new connection, named after its host, makes it active, and keeps its secret for this session', async () => {
    const user = userEvent.setup();
    renderSettings();
    await fillAltcraft(user, { baseUrl: 'https://crm.example.com/api/v1.1', token: 'session-only-token' });
    const token = screen.getByLabelText('API token');
    await user.click(within(form()).getByRole('button', { name: 'Show token' }));
    expect(token).toHaveAttribute('type', 'text');
    expect(within(form()).getByRole('button', { name: 'Show token' })).toHaveAttribute('aria-pressed', 'true');
    // Typed, the secret lives in the input's property, never in the markup.
    expect(document.body.innerHTML).not.toContain('session-only-token');

    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText('Connection “crm.example.com” saved. This tab now uses it.')).toBeInTheDocument();
    const active = getActiveConnection();
    expect(active).toMatchObject({ vendor: 'altcraft', name: 'crm.example.com', remember: false });
    expect(secretsOf(active!)).toEqual({ token: 'session-only-token' });
    expect(storedSecretKeys(sessionStorage)).toEqual([`${SECRETS_PREFIX}${active!.id}`]);
    expect(storedSecretKeys(localStorage)).toEqual([]);
    expect(within(rowOf('crm.example.com')).getByText('Active')).toBeInTheDocument();
    expect(within(rowOf('crm.example.com')).getByText('Secret stored for this session')).toBeInTheDocument();
    // The form now edits the saved connection, without its secret.
    expect(screen.getByRole('heading', { name: 'Edit connection' })).toBeInTheDocument();
    expect(screen.getByText(/A token is stored for this session/)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('session-only-token');
  });

  it('keeps the secret on this device only when asked to remember it', async () => {
    const user = userEvent.setup();
    renderSettings();
    await chooseBackend(user, 'Push0');
    await user.type(screen.getByRole('textbox', { name: 'Base URL' }), 'https://api.push0.com/v1');
    await user.type(screen.getByRole('textbox', { name: 'Connection name' }), 'Push production');
    await user.type(screen.getByLabelText('API token'), 'remembered-key');
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    await screen.findByText('Connection “Push production” saved. This tab now uses it.');
    const id = getActiveConnection()!.id;
    expect(storedSecretKeys(localStorage)).toEqual([`${SECRETS_PREFIX}${id}`]);
    expect(storedSecretKeys(sessionStorage)).toEqual([]);
    expect(within(rowOf('Push production')).getByText('Secret stored on this device')).toBeInTheDocument();
  });

  it('edits a connection without ever showing its stored token, and keeps it unless replaced', async () => {
    const secret = 'stored-token-4b1d';
    const { connection } = saveConnection(
      { vendor: 'altcraft', name: 'Production', baseUrl: 'https://crm.example.com/api/v1.1', remember: true },
      { token: secret },
    );
    const user = userEvent.setup();
    renderSettings();
    // Settings opens on the active connection only when it is the user's own; this one is not active.
    expect(screen.getByRole('heading', { name: 'New connection' })).toBeInTheDocument();
    await user.click(within(rowOf('Production')).getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('heading', { name: 'Edit connection' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Base URL' })).toHaveValue('https://crm.example.com/api/v1.1');
    expect(screen.getByRole('combobox', { name: 'Backend' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/A token is stored on this device/)).toBeInTheDocument();
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(secret);

    await user.click(screen.getByRole('button', { name: 'Replace' }));
    const token = screen.getByLabelText('API token');
    expect(token).toHaveValue('');
    expect(token).toHaveFocus();
    expect(document.body.innerHTML).not.toContain(secret);
    await user.click(screen.getByRole('button', { name: 'Keep stored' }));
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();

    const name = screen.getByRole('textbox', { name: 'Connection name' });
    await user.clear(name);
    await user.type(name, 'Production EU');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText('Connection “Production EU” saved.')).toBeInTheDocument();
    expect(listConnections().find((c) => c.id === connection.id)?.name).toBe('Production EU');
    expect(secretsOf(connection)).toEqual({ token: secret });
    // Editing does not switch connections.
    expect(getActiveConnection()?.id).toBe('demo');
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('replaces a stored secret when a new one is typed', async () => {
    const { connection } = saveConnection(
      { vendor: 'push0', name: 'Push', baseUrl: 'https://api.push0.com/v1', remember: false },
      { token: 'old-key' },
    );
    const user = userEvent.setup();
    renderSettings();
    await user.click(within(rowOf('Push')).getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(screen.getByLabelText('API token')).toHaveAccessibleDescription(/Enter the API token/);
    await user.type(screen.getByLabelText('API token'), 'new-key');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    await screen.findByText('Connection “Push” saved.');
    expect(secretsOf(connection)).toEqual({ token: 'new-key' });
    expect(hasStoredSecret(connection.id)).toBe(true);
  });

  it('opens on the active connection when it is the user’s own', () => {
    saveConnection(
      { vendor: 'altcraft', name: 'Mine', baseUrl: 'https://crm.example.com/api/v1.1', remember: false },
      {
        token: 't0ken',
      },
    );
    const mine = listConnections().find((c) => c.name === 'Mine')!;
    setActiveConnection(mine.id);
    renderSettings();
    expect(screen.getByRole('heading', { name: 'Edit connection' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Base URL' })).toHaveValue('https://crm.example.com/api/v1.1');
  });

  it('says when the browser refused to store the connection', async () => {
    const setItem = Storage.prototype.setItem;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key, value) {
      if (key.startsWith(SECRETS_PREFIX)) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    try {
      const user = userEvent.setup();
      renderSettings();
      await fillAltcraft(user, { baseUrl: 'https://crm.example.com/api/v1.1', token: 'unstorable' });
      await user.click(screen.getByRole('button', { name: 'Save connection' }));
      expect(await screen.findByRole('status')).toHaveTextContent(
        'The browser refused to store it, so it lasts for this tab only.',
      );
    } finally {
      spy.mockRestore();
    }
  });
});

describe('SettingsPage: Test connection', () => {
  it('reports a working connection by its host, and a refused token with the server’s own words', async () => {
    const user = userEvent.setup();
    renderSettings();
    await fillAltcraft(user, { token: DEMO_TOKEN });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(`Connected to ${DEMO_HOST}.`, {}, SLOW)).toBeInTheDocument();
    expect(getActiveConnection()?.id).toBe('demo');

    await fill(user, screen.getByLabelText('API token'), 'wrong-token');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(`${DEMO_HOST} refused the API token.`);
    expect(alert).toHaveTextContent('The server said: API token required');
    expect(alert).not.toHaveTextContent('wrong-token');
  });

  it('names a wrong path and an unreachable server', async () => {
    server.use(
      http.post('https://html.example.com/api/v1.1/databases/list/', () =>
        HttpResponse.text('<html>Welcome</html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
      http.post('https://down.example.com/api/v1.1/databases/list/', () => HttpResponse.error()),
    );
    const user = userEvent.setup();
    renderSettings();
    await fillAltcraft(user, { baseUrl: 'https://html.example.com/api/v1.1', token: 'any-token' });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'html.example.com answered, but not as the Altcraft API does at this address.',
    );

    const baseUrl = screen.getByRole('textbox', { name: 'Base URL' });
    await fill(user, baseUrl, 'https://down.example.com/api/v1.1');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach down.example.com.');
  });

  it('tests a Digital Audience session cookie', async () => {
    const user = userEvent.setup();
    renderSettings();
    await chooseBackend(user, 'Digital Audience');
    await fill(user, screen.getByRole('textbox', { name: 'Base URL' }), DEMO_DA_BASE_URL);
    await user.type(screen.getByRole('textbox', { name: 'Audience ID' }), DEMO_DA_AUDIENCE_ID);
    await user.click(screen.getByRole('radio', { name: 'Paste a cookie from a signed-in session' }));
    await fill(user, screen.getByLabelText('Session cookie'), DEMO_DA_SESSION);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(`Connected to ${DEMO_HOST}.`, {}, SLOW)).toBeInTheDocument();
  });

  it('lets the latest test win over an earlier, slower one', async () => {
    const FAKE = 'https://slow.example.com/api/v1.1';
    let slowAnswered = false;
    server.use(
      http.post(`${FAKE}/databases/list/`, async ({ request }) => {
        if (request.headers.get('Authorization') === 'Bearer slow-token') {
          await delay(400);
          slowAnswered = true;
          return HttpResponse.json({ error: 401, error_text: 'API token required', data: null });
        }
        return HttpResponse.json({ error: 0, error_text: '', data: [{ id: 1, name: 'Main' }], total_count: 1 });
      }),
    );
    const user = userEvent.setup();
    renderSettings();
    await fillAltcraft(user, { baseUrl: FAKE, token: 'slow-token' });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(screen.getByRole('status')).toHaveTextContent('Testing the connection to slow.example.com…');

    await fill(user, screen.getByLabelText('API token'), 'fast-token');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connected to slow.example.com.')).toBeInTheDocument();

    await waitFor(() => expect(slowAnswered).toBe(true));
    await delay(50);
    expect(screen.getByText('Connected to slow.example.com.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tests an edited connection with its stored token when it was not replaced', async () => {
    const { connection } = saveConnection(
      { vendor: 'altcraft', name: 'Stored', baseUrl: DEMO_BASE_URL, remember: false },
      { token: DEMO_TOKEN },
    );
    const user = userEvent.setup();
    renderSettings();
    await user.click(within(rowOf('Stored')).getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(`Connected to ${DEMO_HOST}.`, {}, SLOW)).toBeInTheDocument();
    expect(secretsOf(connection)).toEqual({ token: DEMO_TOKEN });
  });

  it('asks before saving values whose last test failed', async () => {
    const user = userEvent.setup();
    renderSettings();
    await fillAltcraft(user, { token: 'wrong-token', name: 'Broken' });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByRole('alert', {}, SLOW);

    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    let dialog = screen.getByRole('dialog', { name: 'Save anyway?' });
    expect(dialog).toHaveTextContent(/refused the API token/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(listConnections()).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    dialog = screen.getByRole('dialog', { name: 'Save anyway?' });
    await user.click(within(dialog).getByRole('button', { name: 'Save anyway' }));
    expect(await screen.findByText('Connection “Broken” saved. This tab now uses it.')).toBeInTheDocument();
    expect(getActiveConnection()?.name).toBe('Broken');
  });

  it('saves without asking once the values have changed since the failed test', async () => {
    const user = userEvent.setup();
    renderSettings();
    await fillAltcraft(user, { token: 'wrong-token', name: 'Fixed' });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByRole('alert', {}, SLOW);
    await fill(user, screen.getByLabelText('API token'), DEMO_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Connection “Fixed” saved. This tab now uses it.')).toBeInTheDocument();
  });
});

describe('SettingsPage: demo data', () => {
  it('resets the demo data after a confirmation, with the drafts of the built-in connections', async () => {
    const draftKey = `${connectionStoragePrefix('demo')}draft:new`;
    localStorage.setItem(draftKey, '{}');
    const user = userEvent.setup();
    renderSettings();
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset demo data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByText('Demo data was reset.', {}, SLOW)).toBeInTheDocument();
    expect(localStorage.getItem(draftKey)).toBeNull();
    resetStore();
  });
});
