/** Push0's adapter behind the registry: a chunk of its own, fetched for the first Push0 connection. */
import { createPush0Provider } from '../push0/provider';
import { transportOf, type ProviderSettings } from './settings';

export function create(settings: ProviderSettings) {
  return createPush0Provider({
    baseUrl: settings.baseUrl,
    token: settings.secrets.token ?? '',
    connectionId: settings.connectionId,
    ...transportOf(settings),
  });
}
