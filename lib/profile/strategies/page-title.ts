/**
 * Strategy "title": the name from `<title>`, the last resort before hidden JSON. Formats:
 * signed-in "(3) Full Name | LinkedIn", signed-out "Full Name - Title - Company | LinkedIn",
 * Sales Navigator / Recruiter "Full Name | <product>". Only the name is taken: a company may
 * contain " - " itself, so the rest cannot be split reliably.
 */
import type { FieldValues, ReadContext, Strategy } from '../strategy';
import { cleanText } from '../text';

function titleText(root: ParentNode): string | null {
  const element = root.querySelector('title');
  return cleanText(element?.textContent);
}

/** The person's name in a LinkedIn page title, or null. */
export function nameFromTitle(title: string, signedOut: boolean): string | null {
  const withoutCount = (cleanText(title) ?? '').replace(/^\(\d+\+?\)\s*/, '');
  const beforeBrand = withoutCount.replace(/\s*\|[^|]*$/, '');
  const name = signedOut ? (beforeBrand.split(' - ')[0] ?? '') : beforeBrand;
  return cleanText(name);
}

export const pageTitle: Strategy = {
  name: 'title',
  read(context: ReadContext): FieldValues {
    const title = titleText(context.root);
    if (!title) return {};
    return { fullName: nameFromTitle(title, context.pageKind === 'public-profile') };
  },
};
