/** Digital Audience's adapter behind the registry: a chunk of its own, fetched for the first such connection. */
import { createDigitalAudienceProvider } from '../digitalAudience/provider';
import { transportOf, type ProviderSettings } from './settings';

export function create(settings: ProviderSettings) {
  return createDigitalAudienceProvider({
    baseUrl: settings.baseUrl,
    connectionId: settings.connectionId,
    audienceId: settings.audienceId ?? '',
    auth:
      settings.daAuth === 'session'
        ? { kind: 'session', session: settings.secrets.session ?? '' }
        : { kind: 'login', userName: settings.secrets.userName ?? '', password: settings.secrets.password ?? '' },
    ...transportOf(settings),
  });
}
