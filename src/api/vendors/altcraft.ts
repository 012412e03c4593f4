/** Altcraft's adapter behind the registry: a chunk of its own, fetched for the first Altcraft connection. */
import { createAltcraftProvider } from '../altcraft/provider';
import { transportOf, type ProviderSettings } from './settings';

export function create(settings: ProviderSettings) {
  return createAltcraftProvider({
    baseUrl: settings.baseUrl,
    token: settings.secrets.token ?? '',
    connectionId: settings.connectionId,
    hasEstimate: settings.demo,
    ...transportOf(settings),
  });
}
