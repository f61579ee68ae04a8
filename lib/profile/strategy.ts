/**
 * What a reading strategy is: a named, pure function from the page (and what stronger
 * strategies already found) to field values. `read-profile.ts` runs them in order of trust.
 */
import type { PageKind, ProfileFieldName } from './profile-schema';

/** Values one strategy found; a missing key or null both mean "not found here". */
export type FieldValues = Partial<Record<ProfileFieldName, string | null>>;

export interface ReadContext {
  /** The page (a `Document`, or any root holding the profile). */
  readonly root: ParentNode;
  /** The page URL, when known. */
  readonly url: string | null;
  readonly pageKind: PageKind;
  /** Values already chosen from more trusted strategies. */
  readonly found: FieldValues;
}

export interface Strategy {
  /** Recorded in `sources` for each field this strategy provides. */
  readonly name: string;
  /** True when it reads the rendered top card (not the title, the URL or hidden JSON). */
  readonly readsTopCard?: boolean;
  /**
   * The only fields it can give, when it is a fallback: it is then skipped once stronger
   * strategies found them all (a fallback may scan the whole page, which costs on a 3 MB one).
   */
  readonly onlyFields?: readonly ProfileFieldName[];
  read(context: ReadContext): FieldValues;
}
