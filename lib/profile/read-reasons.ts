/**
 * Why a read is "not a profile", as the reader says it. Its own module so that surfaces can tell
 * the reasons apart (the popup words "Profile Not Found" differently) without loading the reader.
 */
export const notFoundReason = 'profile not found: LinkedIn shows its "Profile Not Found" page';
export const notRenderedReason = 'profile page, but its top card has not rendered yet';
export const notAProfileReason = 'not a LinkedIn profile page';
