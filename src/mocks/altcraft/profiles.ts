/** Static membership (profiles/segstatic/*) and the demo-only profile check. */
import type { HttpHandler } from 'msw';
import { ALTCRAFT_PATHS, DEMO_ONLY_PATHS } from '@/api/altcraft/endpoints';
import {
  wireMembersRequestSchema,
  wireProfileCheckRequestSchema,
  wireSegstaticRequestSchema,
  type AltcraftMembersRequest,
  type AltcraftSegstaticRequest,
} from '@/api/altcraft/wire';
import type { DemoBackend } from '../backend';
import { explanationLanguage } from '../evaluation';
import { endpoint, ok, refuse, type Reply } from './endpoint';
import { findSegment, isReply } from './segments';

function membership(body: AltcraftSegstaticRequest, backend: DemoBackend, change: 'add' | 'remove'): Reply {
  const segment = findSegment(backend, body.segment_id);
  if (isReply(segment)) return segment;
  if (!segment.is_static || segment.segment.length > 0) {
    return refuse(400, `segment ${segment.id} is not static: its members come from its conditions`);
  }
  if (body.db_id !== segment.list_id) {
    return refuse(413, `segment ${segment.id} belongs to database ${segment.list_id}, not ${body.db_id}`);
  }
  const profile = backend.store.findProfile(body.db_id, body.profile_id);
  if (!profile) return refuse(404, `profile ${body.profile_id} does not exist in database ${body.db_id}`);
  // Adding a member twice or removing a non-member changes nothing and is not an error.
  if (change === 'add') backend.store.addMember(segment.id, profile.id);
  else backend.store.removeMember(segment.id, profile.id);
  return ok(null);
}

/** The fields a member sample shows besides id and email: who and where the person is. */
const SAMPLE_FIELDS = ['_fname', '_lname', '_city', 'loyalty_tier'] as const;
const SAMPLE_SIZE = 20;

/** segments/members/ (demo only): the first members in id order, the size, and when they were counted (now). */
function memberSample(body: AltcraftMembersRequest, backend: DemoBackend): Reply {
  const segment = findSegment(backend, body.id);
  if (isReply(segment)) return segment;
  const members = backend.evaluator.members(segment);
  return ok({
    total: members.length,
    counted_at: new Date().toISOString(),
    profiles: members.slice(0, body.limit ?? SAMPLE_SIZE).map((profile) => ({
      id: profile.id,
      email: profile.email,
      fields: Object.fromEntries(SAMPLE_FIELDS.map((field) => [field, profile[field]])),
    })),
  });
}

export function profileHandlers(baseUrl: string): HttpHandler[] {
  return [
    endpoint(baseUrl, {
      path: DEMO_ONLY_PATHS.segmentMembers,
      schema: wireMembersRequestSchema,
      handle: (body, backend) => memberSample(body, backend),
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segstaticAdd,
      write: true,
      schema: wireSegstaticRequestSchema,
      handle: (body, backend) => membership(body, backend, 'add'),
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segstaticRemove,
      write: true,
      schema: wireSegstaticRequestSchema,
      handle: (body, backend) => membership(body, backend, 'remove'),
    }),
    endpoint(baseUrl, {
      path: DEMO_ONLY_PATHS.profileCheck,
      schema: wireProfileCheckRequestSchema,
      handle: (body, backend, request) => {
        const segment = findSegment(backend, body.segment_id);
        if (isReply(segment)) return segment;
        const profile = backend.store.findProfile(segment.list_id, body.profile);
        if (!profile) return refuse(404, `no profile "${body.profile}" in database ${segment.list_id}`);
        // Explanations are written in the reader's language, as a real backend would localise them.
        return ok(
          backend.evaluator.check(segment, profile, explanationLanguage(request.headers.get('Accept-Language'))),
        );
      },
    }),
  ];
}
