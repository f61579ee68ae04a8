/**
 * Builds a ~1.5 MB signed-in profile page for the reader benchmark by padding the 2025 fixture
 * with the kind of bulk a real page carries: many more profile cards full of hashed classes and
 * `aria-hidden` span pairs, and dozens of voyager `<code>` JSON blocks (the viewer's first, the
 * viewed member's last, so the JSON strategy has to scan them all). Deterministic.
 */

function fillerCard(index: number): string {
  const items = Array.from(
    { length: 30 },
    (_, item) => `
      <li class="artdeco-list__item aCwlRElAuzZARVhVRLpk${index}x${item} AknYuLYZwoqGlYawRhpq">
        <div class="HenMyUvhyygNwObsjLGf vgkiOMXEtuuAEHRhvoE" data-view-name="profile-component-entity">
          <div class="display-flex flex-column align-self-center flex-grow-1">
            <div class="display-flex align-items-center mr1 hoverable-link-text t-bold"><span aria-hidden="true">Skill or item ${index}.${item}</span><span class="visually-hidden">Skill or item ${index}.${item}</span></div>
            <span class="t-14 t-normal t-black--light"><span aria-hidden="true">Endorsed by ${item} colleagues · ${index} yrs</span><span class="visually-hidden">Endorsed by ${item} colleagues</span></span>
          </div>
        </div>
      </li>`,
  ).join('');
  return `
  <section class="artdeco-card pv-profile-card break-words mt2" tabindex="-1" data-view-name="profile-card">
    <div id="filler-${index}" class="pv-profile-card__anchor"></div>
    <h2 class="pvs-header__title text-heading-large"><span aria-hidden="true">Section ${index}</span></h2>
    <ul class="TQtryBgeHzFGDGLkqnUeDFeVWQtCnNDoJbgs">${items}</ul>
  </section>`;
}

function fillerCode(index: number): string {
  const included = Array.from({ length: 40 }, (_, item) => ({
    $type: 'com.linkedin.voyager.dash.feed.Update',
    entityUrn: `urn:li:fsd_update:(urn:li:activity:${7_000_000_000 + index * 100 + item},FEED)`,
    commentary: { text: `Invented filler post ${index}.${item} `.repeat(6) },
    socialDetail: {
      numLikes: item * 3,
      numComments: item,
      reactionTypeCounts: [{ count: item, reactionType: 'LIKE' }],
    },
  }));
  const body = JSON.stringify({ data: { paging: { start: 0, count: 40 } }, included });
  return `<code id="bpr-guid-9${String(index).padStart(6, '0')}" style="display: none">${body.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</code>
<code id="datalet-bpr-guid-9${String(index).padStart(6, '0')}" style="display: none">{"request":"/voyager/api/feed/${index}","status":200,"body":"bpr-guid-9${index}"}</code>`;
}

/** Pads `base` (a signed-in fixture) to at least `targetBytes`. */
export function syntheticProfilePage(base: string, targetBytes = 1_500_000): string {
  const cards: string[] = [];
  const codes: string[] = [];
  let size = base.length;
  for (let index = 0; size < targetBytes; index++) {
    const card = fillerCard(index);
    const code = fillerCode(index);
    cards.push(card);
    codes.push(code);
    size += card.length + code.length;
  }
  // Cards go after the top card and experience (end of main); JSON goes before the member's own
  // block, which the 2025 fixture puts last in <body>.
  const withCards = base.replace('</main>', `${cards.join('')}\n</main>`);
  const lastCode = withCards.lastIndexOf('<code id="bpr-guid-2000003"');
  return `${withCards.slice(0, lastCode)}${codes.join('\n')}\n${withCards.slice(lastCode)}`;
}
