/**
 * The account's team members, as the owner pickers need them: from `local:teamMembers` while
 * younger than a day (the list changes rarely), else one request, shared by everyone asking
 * meanwhile (the background's prefetch when a key is saved and a popup opening at once).
 */
import type { TeamMember } from '@/lib/messaging';
import type { StardexClient } from '@/lib/stardex/client';
import type { StardexTeamMember } from '@/lib/stardex/schemas';
import { teamMembersCacheItem } from '@/lib/storage/background-data';

export const TEAM_CACHE_MS = 24 * 60 * 60_000;

function toTeamMember(m: StardexTeamMember): TeamMember {
  const [first = '', ...rest] = (m.name ?? '').split(' ');
  return {
    id: m.id,
    firstName: m.first_name ?? first,
    lastName: m.last_name ?? rest.join(' '),
    email: m.email ?? null,
    imageUrl: m.image_url ?? null,
  };
}

/** Creates the team list of one background; `now` is injectable for tests. */
export function createTeamList(now: () => number = Date.now) {
  let inFlight: { account: string; members: Promise<TeamMember[]> } | null = null;

  function fetchTeam(client: StardexClient): Promise<TeamMember[]> {
    if (inFlight?.account === client.account) return inFlight.members;
    const members = client.listTeamMembers().then(async (listed) => {
      const mapped = listed.map(toTeamMember);
      await teamMembersCacheItem.setValue({ account: client.account, at: now(), members: mapped });
      return mapped;
    });
    const entry = { account: client.account, members };
    inFlight = entry;
    const settle = () => {
      if (inFlight === entry) inFlight = null;
    };
    members.then(settle, settle);
    return members;
  }

  /** The members, cached unless `refresh` (Options' and the picker's "Refresh"). */
  async function get(client: StardexClient, refresh = false): Promise<TeamMember[]> {
    const cached = await teamMembersCacheItem.getValue();
    if (!refresh && cached?.account === client.account && cached.at > now() - TEAM_CACHE_MS)
      return cached.members;
    return fetchTeam(client);
  }

  return { get };
}
