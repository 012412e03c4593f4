/**
 * The "New audience" form as data: its values, the zod schema that checks them (issue messages
 * are keys of the feature's catalog) and the conversion to what `provider.createAudience` takes.
 */
import { z } from 'zod';
import type { AudienceInput } from '@/api/provider';
import type { ListMessageKey } from './messages';

export interface AudienceFormValues {
  name: string;
  description: string;
  campaignId: string;
}

export const EMPTY_AUDIENCE_FORM: AudienceFormValues = { name: '', description: '', campaignId: '' };

export const AUDIENCE_NAME_MAX = 200;
export const CAMPAIGN_ID_MAX = 64;

type AudienceIssue = Extract<ListMessageKey, `audience.${string}.${'required' | 'tooLong'}`>;

const issue = (message: AudienceIssue) => ({ message });

export const audienceFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, issue('audience.name.required'))
    .max(AUDIENCE_NAME_MAX, issue('audience.name.tooLong')),
  description: z.string(),
  campaignId: z
    .string()
    .trim()
    .min(1, issue('audience.campaignId.required'))
    .max(CAMPAIGN_ID_MAX, issue('audience.campaignId.tooLong')),
});

/** What createAudience takes: trimmed, and without a description when none was typed. */
export function audienceInputOf(values: AudienceFormValues): AudienceInput {
  const description = values.description.trim();
  return {
    name: values.name.trim(),
    ...(description ? { description } : {}),
    campaignId: values.campaignId.trim(),
  };
}

/** The limit a tooLong issue names, for its message. */
export const MAX_OF: Record<AudienceIssue, number | undefined> = {
  'audience.name.required': undefined,
  'audience.name.tooLong': AUDIENCE_NAME_MAX,
  'audience.campaignId.required': undefined,
  'audience.campaignId.tooLong': CAMPAIGN_ID_MAX,
};

export function isAudienceIssue(message: string | undefined): message is AudienceIssue {
  return message !== undefined && message in MAX_OF;
}
