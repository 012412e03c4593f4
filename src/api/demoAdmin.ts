import { DEMO_BASE_URL, DEMO_TOKEN } from './demo';
import { demoRequestMayGo } from './demoStart';

/** Asks the embedded backend to drop its saved changes and reseed. Only the demo backend has this. */
export async function resetDemoData(fetchImpl: typeof fetch = fetch): Promise<void> {
  const url = `${DEMO_BASE_URL}/demo/reset/`;
  await demoRequestMayGo(url);
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_TOKEN}` },
    body: '{}',
  });
  const body = (await response.json()) as { error?: number; error_text?: string };
  if (!response.ok || body.error !== 0) throw new Error(body.error_text ?? `HTTP ${response.status}`);
}
