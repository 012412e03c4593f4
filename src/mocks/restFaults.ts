/**
 * The fault injection tests switch on (behavior.ts), as every request to a REST vendor's embedded
 * backend (Push0, Digital Audience) meets it before its own work: offline mode answers a network
 * error, then the armed latency holds the request, then an armed failure answers an error status.
 */
import { delay, HttpResponse } from 'msw';
import { clientOf, getMockBehavior, latencyFor, takeFailure } from './behavior';

/**
 * The answer to offline mode or a fault armed for `faultPath` by the request's client, after any latency armed for it;
 * null lets the request through. `answer` words the vendor's error for the status (≥ 400).
 */
export async function injectedFault(
  request: Request,
  faultPath: string,
  answer: (status: number) => Response,
): Promise<Response | null> {
  const client = clientOf(request);
  if (getMockBehavior(client).offline) return HttpResponse.error();
  const latencyMs = latencyFor(faultPath, client);
  if (latencyMs > 0) await delay(latencyMs);
  const fault = takeFailure(faultPath, client);
  if (!fault) return null;
  // A fault armed without a status means "HTTP 200 with an error" to Altcraft; REST vendors have no such form.
  return answer(fault.status >= 400 ? fault.status : Math.max(fault.error, 400));
}
