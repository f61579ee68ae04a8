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

/** A deterministic 8-hex-digit class hash, as the 2026 layout's stylesheet names them. */
function hash(seed: number): string {
  const value = ((seed * 2_654_435_761) >>> 0).toString(16).padStart(8, '0');
  return /^\d/.test(value) ? `_${value}` : value;
}

/** One 2026-style card: nested hashed divs, componentkeys, entries with paragraphs and links to other people. */
function sduiFillerCard(index: number): string {
  const entries = Array.from({ length: 25 }, (_, item) => {
    const seed = index * 100 + item;
    return `
      <div componentkey="entity-collection-item-${hash(seed).replace('_', '-')}"><div class="${hash(seed + 1)} ${hash(seed + 2)}">
        <div class="${hash(seed + 3)}"><a tabindex="0" href="https://www.linkedin.com/in/filler-person-${seed}/" class="${hash(seed + 4)}">
          <figure aria-label="" data-view-name="image" class="${hash(seed + 5)}"><svg id="person-accent-4" aria-hidden="true" role="img"></svg>
            <img alt="" src="https://media.licdn.com/dms/image/v2/D4E03AQFiller${seed}/profile-displayphoto-shrink_100_100/B4E/0/17000${seed}?e=1&amp;v=beta&amp;t=x"></figure></a>
          <div class="${hash(seed + 6)}"><div class="${hash(seed + 7)}"><p class="${hash(seed + 8)}">Invented filler item ${index}.${item}</p>
            <p class="${hash(seed + 9)}">Some longer descriptive line of filler text for item ${item} · ${index} yrs</p>
            <p class="${hash(seed + 10)}">Jan 20${10 + (item % 15)} - Present · ${item} mos</p></div></div></div></div></div>`;
  }).join('');
  return `
  <div data-view-name="profile-card-filler-${index}" data-display-contents="true"><section componentkey="${hash(index)}-${hash(index + 7)}">
    <div class="${hash(index + 11)}"><h2 class="${hash(index + 12)}">Section ${index}</h2>${entries}</div></section></div>`;
}

/** Pads `base` (a 2026 SDUI fixture) to at least `targetBytes` with cards after its own. */
export function syntheticSduiPage(base: string, targetBytes = 3_000_000): string {
  const cards: string[] = [];
  let size = base.length;
  for (let index = 0; size < targetBytes; index++) {
    const card = sduiFillerCard(index);
    cards.push(card);
    size += card.length;
  }
  return base.replace('</main>', `${cards.join('')}\n</main>`);
}
