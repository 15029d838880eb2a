/**
 * The annotated article of the editing bench: the fixture's body repeated into one long article, with thousands of
 * annotations made through the real annotation service on the real database — every motivation, claims with verdicts,
 * statuses and values, tags, links between annotations, and spans that overlap their neighbours — so opening and
 * typing meet what a busy fact-check looks like, not an empty article.
 */
import { readFileSync } from 'node:fs';
import type { Body, Motivation } from '../../shared/model/annotation';
import { DEFAULT_VERDICT_SCALE } from '../../shared/claims/verdicts';
import type { GlossaServices } from '../../electron/services/services';
import { seededRandom } from './corpus';

const fixture = readFileSync(new URL('../fixtures/qatar-hamas.zh.md', import.meta.url), 'utf8');

/** The fixture's header once, then its body `repeats` times (≈ 9 KB and 183 wiki-links per repeat). */
export function annotatedArticleMarkdown(repeats: number): string {
  const metaLineEnd = fixture.indexOf('\n', fixture.indexOf('轉載自')) + 1;
  const head = fixture.slice(0, metaLineEnd).trimEnd().replace('https://gnews.org/articles/1916252', 'https://gnews.org/articles/bench-annotated');
  const body = fixture.slice(metaLineEnd).trim();
  return `${head}\n\n${Array.from({ length: repeats }, () => body).join('\n\n')}\n`;
}

const MOTIVATION_CYCLE: readonly Motivation[] = ['assessing', 'commenting', 'highlighting', 'tagging', 'questioning', 'assessing', 'linking', 'highlighting'];
const TAGS = ['money', 'source?', 'names', 'dates', 'follow-up', 'quote'];
const STATUSES = ['open', 'in review', 'checked', 'published'] as const;

/**
 * Makes `count` annotations on the current revision of `articleId` through `services.annotations.create` (selectors,
 * claim details and history rows as the app writes them), in one transaction so seeding stays quick; the per-create
 * persistence cost is what `annotations.ts` measures. Spans are spread evenly, 2–24 characters long, and every third
 * one starts inside its predecessor, so overlaps are common. Returns how many of each motivation were made.
 */
export function seedAnnotations(services: GlossaServices, articleId: number, count: number): Record<Motivation, number> {
  // Every create reads the article's whole current revision (tens of milliseconds for a long article); it cannot change
  // while seeding, so it is read once. Selectors, claim details and rows are still the service's own.
  const articles = services.articles;
  const read = articles.revisionOf.bind(articles);
  const revision = read(articleId);
  articles.revisionOf = ((id: number, revisionId?: number) => (id === articleId && revisionId === undefined ? revision : read(id, revisionId))) as typeof articles.revisionOf;
  try {
    return services.db.transaction(() => createAll(services, articleId, revision.id, revision.text.length, count))();
  } finally {
    articles.revisionOf = read;
  }
}

function createAll(services: GlossaServices, articleId: number, revisionId: number, length: number, count: number): Record<Motivation, number> {
  const random = seededRandom(7);
  const verdicts = DEFAULT_VERDICT_SCALE.verdicts.map((v) => v.id);
  const made: Record<Motivation, number> = { commenting: 0, tagging: 0, highlighting: 0, questioning: 0, linking: 0, assessing: 0 };
  const step = Math.max(1, Math.floor((length - 30) / count));
  let previous: { id: string; start: number } | null = null;
  for (let i = 0; i < count; i++) {
    const motivation = MOTIVATION_CYCLE[i % MOTIVATION_CYCLE.length];
    const start: number = i % 3 === 2 && previous ? Math.min(length - 3, previous.start + 1 + Math.floor(random() * 4)) : Math.min(length - 3, i * step);
    const end = Math.min(length, start + 2 + Math.floor(random() * 22));
    let bodies: Body[] | undefined;
    if (motivation === 'commenting') bodies = [{ type: 'TextualBody', value: `Check this against the wire copy (${i}).`, purpose: 'commenting' }];
    if (motivation === 'questioning') bodies = [{ type: 'TextualBody', value: `Who said this first? (${i})`, purpose: 'questioning' }];
    if (motivation === 'linking' && previous) bodies = [{ type: 'SpecificResource', purpose: 'linking', source: previous.id }];
    const annotation = services.annotations.create({
      articleId,
      revisionId,
      start,
      end,
      motivation,
      bodies,
      tags: motivation === 'tagging' || i % 11 === 0 ? [TAGS[i % TAGS.length]] : undefined,
      claim:
        motivation === 'assessing'
          ? { verdict: verdicts[i % verdicts.length], status: STATUSES[i % STATUSES.length], english: `claim ${i}`, rationale: i % 2 ? 'Matches the ministry statement.' : '' }
          : undefined,
    });
    made[motivation]++;
    previous = { id: annotation.id, start };
  }
  return made;
}
