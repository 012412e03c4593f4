import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getActiveConnection } from '@/api/activeConnection';
import { DEMO_TOKEN } from '@/api/demo';
import { createHandlers, resetStore } from '@/mocks';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SettingsPage from './SettingsPage';

const REMOTE = 'https://crm.example.com/api/v1.1';

function renderSettings() {
  return renderRoute([{ path: '/settings', element: <SettingsPage /> }], '/settings');
}

async function chooseAltcraft(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('combobox', { name: 'Backend' }));
  await user.click(screen.getByRole('option', { name: 'Altcraft platform API v1.1' }));
}

describe('SettingsPage', () => {
  it('starts on the demo backend and asks nothing more of it', () => {
    renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Backend' })).toHaveTextContent('Demo (embedded, no server needed)');
    expect(screen.queryByLabelText('Base URL')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('API token')).not.toBeInTheDocument();
  });

  it('explains what an Altcraft connection is missing, next to each field', async () => {
    const user = userEvent.setup();
    renderSettings();
    await chooseAltcraft(user);
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText('Enter the base URL of the API.')).toBeInTheDocument();
    expect(screen.getByText('Enter the API token.')).toBeInTheDocument();
    expect(screen.getByLabelText('Base URL')).toHaveAttribute('aria-invalid', 'true');
    expect(getActiveConnection().vendor).toBe('demo');

    await user.type(screen.getByLabelText('Base URL'), 'crm.example.com');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText(/Enter a full URL starting with https:\/\//)).toBeInTheDocument();
  });

  it('masks the token, shows it on request, and keeps it in this tab only', async () => {
    const user = userEvent.setup();
    renderSettings();
    await chooseAltcraft(user);
    await user.type(screen.getByLabelText('Base URL'), `${REMOTE}/`);
    const token = screen.getByLabelText('API token');
    await user.type(token, 'secret-token');
    expect(token).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(token).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide token' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Segment Studio now uses crm.example.com');
    expect(getActiveConnection()).toMatchObject({ vendor: 'altcraft', baseUrl: REMOTE, token: 'secret-token' });
    expect(sessionStorage.length).toBe(1);
    expect(localStorage.length).toBe(0);
  });

  it('remembers the connection on this device only when asked', async () => {
    const user = userEvent.setup();
    renderSettings();
    await chooseAltcraft(user);
    await user.type(screen.getByLabelText('Base URL'), REMOTE);
    await user.type(screen.getByLabelText('API token'), 'secret-token');
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    await screen.findByRole('status');
    expect(localStorage.length).toBe(1);
  });

  it('tests a connection against the server before saving it', async () => {
    server.use(...createHandlers(REMOTE));
    const user = userEvent.setup();
    renderSettings();
    await chooseAltcraft(user);
    await user.type(screen.getByLabelText('Base URL'), REMOTE);
    await user.type(screen.getByLabelText('API token'), DEMO_TOKEN);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connected: 3 databases found.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(getActiveConnection().vendor).toBe('demo');

    await user.clear(screen.getByLabelText('API token'));
    await user.type(screen.getByLabelText('API token'), 'wrong-token');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(/^Could not connect: .*token/i);
  });

  it('resets the demo data after a confirmation', async () => {
    const user = userEvent.setup();
    renderSettings();
    await user.click(screen.getByRole('button', { name: 'Reset demo data' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset demo data?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset demo data' }));
    expect(await screen.findByText('Demo data was reset.')).toBeInTheDocument();
    resetStore();
  });
});
