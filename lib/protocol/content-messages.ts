/**
 * The messages the LinkedIn content script answers, sent by this extension (its background or
 * popup) to a tab, each declared once: senders, request schema, answer type (router.ts). Apart
 * from the background's (background-messages.ts) because these few small schemas are all the
 * content script's bundle should carry.
 */
import * as z from 'zod/mini';
import type { ListRead } from '@/lib/profile/list/list-schema';
import type { ReadResult } from '@/lib/profile/profile-schema';
import { route } from './router';

/** A message with no data: undefined, null or `{}`. */
export const noData = z.union([z.undefined(), z.null(), z.strictObject({})]);

export const contentMessages = {
  readCurrentProfile: route<ReadResult>()(noData, 'extension'),
  /** The people a result list (people search, Sales Navigator search or list) shows now. */
  readCurrentList: route<ListRead>()(noData, 'extension'),
  /** background → LinkedIn tabs: the page button's setting flipped. */
  pageButtonSetting: route<boolean>()(z.object({ enabled: z.boolean() }), 'extension'),
  /** background → content script: the text of the profile link just right-clicked. */
  getContextLinkText: route<{ text: string }>()(
    z.object({ linkUrl: z.string().check(z.maxLength(4096)) }),
    'extension',
  ),
};
