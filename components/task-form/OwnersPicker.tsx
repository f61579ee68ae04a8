import { useState } from 'preact/hooks';
import { ownerNote } from '@/lib/form/owners';
import type { TeamMember } from '@/lib/messaging';
import { Combobox } from './Combobox';

export type MembersState =
  | { state: 'loading' }
  | { state: 'done'; members: TeamMember[] }
  | { state: 'error'; message: string };

interface OwnersPickerProps {
  id: string;
  members: MembersState;
  selectedIds: string[];
  meId: string | null;
  onChange: (ids: string[]) => void;
  /** The recruiter's answer to "Which one is you?" (asked while "this is me" is not known). */
  onMeChosen: (id: string) => void;
  /** Stardex's reason when it rejected the owners. */
  error?: string;
}

/** "Name (me)" for the recruiter themself, so they find themselves at a glance. */
export function memberName(member: TeamMember, meId: string | null): string {
  const name = `${member.firstName} ${member.lastName}`.trim() || member.email || 'Unnamed';
  return member.id === meId ? `${name} (me)` : name;
}

/** Team members whose name or email contains every word of the query. */
export function filterMembers(members: TeamMember[], query: string): TeamMember[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return members.filter((m) => {
    const hay = `${m.firstName} ${m.lastName} ${m.email ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** The "Owners" multi-select: chosen owners as removable chips, a combobox to add more. */
export function OwnersPicker({
  id,
  members,
  selectedIds,
  meId,
  onChange,
  onMeChosen,
  error,
}: OwnersPickerProps) {
  const [query, setQuery] = useState('');
  const list = members.state === 'done' ? members.members : [];
  const byId = new Map(list.map((m) => [m.id, m]));
  const toggle = (memberId: string) => {
    onChange(
      selectedIds.includes(memberId) ? selectedIds.filter((x) => x !== memberId) : [...selectedIds, memberId],
    );
    setQuery('');
  };
  const emptyText =
    members.state === 'loading'
      ? 'Loading team members…'
      : members.state === 'error'
        ? `Team members unavailable: ${members.message}`
        : 'No team member matches';
  const note = ownerNote(selectedIds, meId, list.length);
  return (
    <div class="sx-field">
      <Combobox
        id={id}
        label="Owners"
        query={query}
        onQuery={setQuery}
        options={filterMembers(list, query).map((m) => ({
          id: m.id,
          label: memberName(m, meId),
          detail: m.email,
        }))}
        selectedIds={selectedIds}
        onPick={(option) => toggle(option.id)}
        emptyText={emptyText}
        placeholder={selectedIds.length > 0 ? 'Add another owner' : 'Add owners'}
        onBackspaceEmpty={() => onChange(selectedIds.slice(0, -1))}
      />
      <div class="sx-owners-line">
        <ul class="sx-chips" aria-label="Owners chosen">
          {selectedIds.map((ownerId) => {
            const member = byId.get(ownerId);
            const name = member
              ? memberName(member, meId)
              : members.state === 'loading'
                ? 'Loading…'
                : 'Unknown member';
            return (
              <li key={ownerId} class="sx-chip">
                <span class="sx-ellipsis" dir="auto">
                  {name}
                </span>
                <button type="button" aria-label={`Remove owner ${name}`} onClick={() => toggle(ownerId)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {note === 'me-by-default' && <span class="sx-hint sx-owner-note">Default: you</span>}
        {note === 'ask-me' && <WhichOneIsYou id={`${id}-me`} members={list} onMeChosen={onMeChosen} />}
      </div>
      {error && <p class="sx-error">{error}</p>}
    </div>
  );
}

/**
 * Asked once, while "this is me" is not known (Stardex does not say which member a key belongs
 * to): the answer becomes the recruiter's default owner here and in Options.
 */
function WhichOneIsYou(props: { id: string; members: TeamMember[]; onMeChosen: (id: string) => void }) {
  return (
    <span class="sx-me-ask">
      <label class="sx-hint" for={props.id}>
        Which one is you?
      </label>
      <select
        id={props.id}
        value=""
        onChange={(e) => e.currentTarget.value && props.onMeChosen(e.currentTarget.value)}
      >
        <option value="">Choose…</option>
        {props.members.map((m) => (
          <option key={m.id} value={m.id}>
            {memberName(m, null)}
          </option>
        ))}
      </select>
    </span>
  );
}
