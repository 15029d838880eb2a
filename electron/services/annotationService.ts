/**
 * Annotations and claims over the repositories: creating from canonical offsets, editing with history, tags,
 * suggestions, snapshots, and re-anchoring every annotation of an article when a new revision arrives. The IPC
 * handlers, the CLI and tests all call this one service, so the rules (URL checks, history, anchoring) hold everywhere.
 */
import { createHash, randomUUID } from 'node:crypto';
import os from 'node:os';
import { anchoringKey, describeSpan, reanchorAnnotations } from '../../shared/anchoring';
import { suggestClaims, toSuggestionJSON, type SuggestionJSON } from '../../shared/claims/suggest';
import { DEFAULT_VERDICT_SCALE, findVerdict, type VerdictScale } from '../../shared/claims/verdicts';
import { readWebAnnotations } from '../../shared/export/webAnnotationImport';
import type { z } from 'zod';
import type { claimPatchSchema, sourceInputSchema } from '../../shared/ipc/annotationContract';
import type { AnnotationOutline } from '../../shared/ipc/annotationOutline';
import { GlossaError } from '../../shared/ipc/errors';
import { relativeDateAnchor } from '../../shared/model/article';
import {
  isSpanLinkBody,
  linkedSpanOf,
  newClaimDetails,
  validateSourceUrl,
  type Annotation,
  type AnnotationHistoryEntry,
  type Body,
  type ClaimDetails,
  type ClaimSource,
  type Motivation,
  type SpanLinkBody,
} from '../../shared/model/annotation';
import { AnnotationRepository, type ChangedAnnotation } from './annotationRepository';
import type { ArticleRepository } from './articleRepository';
import type { GlossaDatabase } from './database';

/** A source as a person enters it; missing fields are empty. One definition: the IPC contract's input schema. */
export type SourceInput = z.output<typeof sourceInputSchema>;

/** Claim fields to change: absent = unchanged, null = cleared (the IPC contract's `claimPatchSchema`). */
export type ClaimPatch = z.output<typeof claimPatchSchema>;

/** What `create` needs: a span of the article's current revision and what is said about it. */
export interface CreateAnnotationInput {
  articleId: number;
  revisionId: number;
  start: number;
  end: number;
  motivation: Motivation;
  bodies?: Body[];
  tags?: string[];
  claim?: ClaimPatch;
  creator?: string;
  /** The second span [start, end) of a two-span link (motivation `linking`), in the same revision. */
  link?: { start: number; end: number };
}

/** What `update` may change. */
export interface UpdateAnnotationInput {
  id: string;
  bodies?: Body[];
  tags?: string[];
  motivation?: Motivation;
  claim?: ClaimPatch;
  actor?: string;
}

/** Counts of a re-anchoring pass. */
export interface ReanchorSummary {
  anchored: number;
  moved: number;
  orphaned: number;
}

/** A tag with its colour and the number of live annotations carrying it. */
export interface TagInfo {
  name: string;
  colour: string | null;
  count: number;
}

/** Options of the service. */
export interface AnnotationServiceOptions {
  /** Who is acting when a call does not say (defaults to the OS user name). */
  defaultActor?: string;
  /** The verdict scale claims are checked against. */
  verdictScale?: VerdictScale;
  /** The clock, for tests. */
  now?: () => Date;
}

/** The largest snapshot file accepted (50 MB): enough for a saved article page or PDF. */
export const MAX_SNAPSHOT_BYTES = 50 * 1024 * 1024;

/** The actor recorded for automatic re-anchoring. */
export const SYSTEM_ACTOR = 'glossa';

function osUser(): string {
  try {
    return os.userInfo().username || 'user';
  } catch {
    return 'user';
  }
}

function isTag(body: Body): boolean {
  return body.type === 'TextualBody' && body.purpose === 'tagging';
}

/** The tags of an annotation, in body order. */
export function tagsOf(annotation: Pick<Annotation, 'bodies'>): string[] {
  return annotation.bodies.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'tagging' ? [b.value] : []));
}

function tagBodies(tags: readonly string[]): Body[] {
  const unique = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
  return unique.map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }));
}

/** Annotations, claims and tags of one database. */
export class AnnotationService {
  readonly repository: AnnotationRepository;
  private readonly defaultActor: string;
  readonly verdictScale: VerdictScale;
  private readonly now: () => Date;

  constructor(
    db: GlossaDatabase,
    private readonly articles: ArticleRepository,
    options: AnnotationServiceOptions = {},
  ) {
    this.repository = new AnnotationRepository(db);
    this.defaultActor = options.defaultActor ?? osUser();
    this.verdictScale = options.verdictScale ?? DEFAULT_VERDICT_SCALE;
    this.now = options.now ?? (() => new Date());
  }

  /** The live annotations of an article, in document order, and the current revision they refer to. */
  list(articleId: number): { revisionId: number; annotations: Annotation[] } {
    // Only the revision's id is needed: reading the whole revision (document and source map) cost tens of milliseconds.
    const revisionId = this.articles.currentText(articleId).id;
    return { revisionId, annotations: this.repository.listByArticle(articleId) };
  }

  /**
   * The live annotations of an article as `annotations.outline` sends them (one row each, document order), read from
   * the columns the rows need, so opening a long article reads neither quote context nor whole claims.
   */
  outline(articleId: number): AnnotationOutline {
    const revisionId = this.articles.currentText(articleId).id;
    return { revisionId, rows: this.repository.outlineByArticle(articleId) };
  }

  /** The live annotations of an article among `ids`, in document order, and the current revision they refer to. */
  some(articleId: number, ids: readonly string[]): { revisionId: number; annotations: Annotation[] } {
    const revisionId = this.articles.currentText(articleId).id;
    return { revisionId, annotations: this.repository.someOfArticle(articleId, ids) };
  }

  /** The id of the article's current revision (the one every live annotation is re-anchored onto); NOT_FOUND otherwise. */
  currentRevisionId(articleId: number): number {
    const summary = this.articles.summary(articleId);
    if (!summary) throw new GlossaError('NOT_FOUND', `There is no article #${articleId}; reload the library.`);
    return summary.revisionId;
  }

  /** The fingerprint of every live annotation of an article (`anchoringKey`), and the revision they refer to. */
  anchorKeys(articleId: number): { revisionId: number; keys: { id: string; key: string }[] } {
    const { revisionId, annotations } = this.list(articleId);
    return { revisionId, keys: annotations.map((a) => ({ id: a.id, key: anchoringKey(a) })) };
  }

  /** One live or deleted annotation; NOT_FOUND otherwise. */
  get(id: string): Annotation {
    return this.stored(id).annotation;
  }

  /** Annotates [start, end) of the article's current revision; returns the stored record. */
  create(input: CreateAnnotationInput): Annotation {
    const revision = this.currentRevision(input.articleId, input.revisionId);
    const selectors = this.selectors(revision.text, input.start, input.end);
    const at = this.now().toISOString();
    const creator = input.creator ?? this.defaultActor;
    // The second span of a link is described here, from the offsets; a span body sent by the caller is not trusted.
    const linked: SpanLinkBody[] =
      input.link === undefined
        ? []
        : [{ type: 'SpecificResource', purpose: 'linking', selectors: this.selectors(revision.text, input.link.start, input.link.end), anchor: { state: 'anchored', confidence: 1 } }];
    const bodies = [
      ...(input.bodies ?? []).filter((b) => !isTag(b) && !isSpanLinkBody(b)),
      ...linked,
      ...tagBodies([...tagsFromBodies(input.bodies), ...(input.tags ?? [])]),
    ];
    this.checkBodies(bodies);
    let annotation: Annotation = {
      id: randomUUID(),
      articleId: input.articleId,
      revisionId: revision.id,
      motivation: input.motivation,
      bodies,
      creator,
      created: at,
      modified: at,
      target: { selectors },
      anchor: { state: 'anchored', confidence: 1 },
    };
    if (input.motivation === 'assessing' || input.claim !== undefined) {
      const claim = { ...newClaimDetails(selectors.quote.exact), verdict: this.verdictScale.defaultVerdict };
      annotation = { ...annotation, claim: this.patchClaim(claim, input.claim ?? {}) };
    }
    this.repository.insert(annotation, creator, at);
    return annotation;
  }

  /** Changes bodies, tags, motivation or claim details; records an `edited` history entry. */
  update(input: UpdateAnnotationInput): Annotation {
    const { annotation: before, deleted } = this.stored(input.id);
    if (deleted) throw new GlossaError('NOT_FOUND', `Annotation ${input.id} was deleted; restore it before editing it.`);
    let bodies = before.bodies;
    if (input.bodies !== undefined) {
      const tags = input.tags ?? [...tagsOf(before), ...tagsFromBodies(input.bodies)];
      // A link's second span is the service's record (re-anchored with the target): editing the note keeps it.
      const linked = linkedSpanOf(before);
      bodies = [...input.bodies.filter((b) => !isTag(b) && !isSpanLinkBody(b)), ...(linked ? [linked] : []), ...tagBodies(tags)];
    } else if (input.tags !== undefined) {
      bodies = [...before.bodies.filter((b) => !isTag(b)), ...tagBodies(input.tags)];
    }
    this.checkBodies(bodies);
    const motivation = input.motivation ?? before.motivation;
    let claim = before.claim;
    if (input.claim !== undefined || (motivation === 'assessing' && claim === undefined)) {
      const base = claim ?? { ...newClaimDetails(before.target.selectors.quote.exact), verdict: this.verdictScale.defaultVerdict };
      claim = this.patchClaim(base, input.claim ?? {});
    }
    const after: Annotation = { ...before, bodies, motivation, modified: this.now().toISOString() };
    if (claim !== undefined) after.claim = claim;
    this.repository.save(before, after, 'edited', input.actor ?? this.defaultActor, after.modified);
    return after;
  }

  /** Soft-deletes an annotation; its history keeps the last state. */
  delete(id: string, actor?: string): { id: string; deleted: boolean } {
    const { annotation, deleted } = this.stored(id);
    if (deleted) return { id, deleted: false };
    this.repository.save(annotation, annotation, 'deleted', actor ?? this.defaultActor, this.now().toISOString(), true);
    return { id, deleted: true };
  }

  /** Brings back a deleted annotation as it was. */
  restore(id: string, actor?: string): Annotation {
    const { annotation, deleted } = this.stored(id);
    if (!deleted) return annotation;
    this.repository.save(annotation, annotation, 'restored', actor ?? this.defaultActor, this.now().toISOString(), false);
    return annotation;
  }

  /** Every step of an annotation's history, oldest first. */
  history(id: string): AnnotationHistoryEntry[] {
    this.stored(id);
    return this.repository.history(id);
  }

  /** Accepts a moved anchor where it is. */
  confirm(id: string, actor?: string): Annotation {
    const { annotation: before, deleted } = this.stored(id);
    if (deleted) throw new GlossaError('NOT_FOUND', `Annotation ${id} was deleted; restore it first.`);
    if (before.anchor.state === 'orphaned') {
      throw new GlossaError('BAD_INPUT', 'An orphaned annotation has no place to confirm: select its text and re-attach it instead.');
    }
    const after: Annotation = { ...before, bodies: confirmLinkedSpan(before.bodies), anchor: { state: 'anchored', confidence: 1 } };
    this.repository.save(before, after, 'confirmed', actor ?? this.defaultActor, this.now().toISOString());
    return after;
  }

  /**
   * Moves an annotation (orphaned or not) to a new span of the current revision, keeping its id and history.
   * `which: 'link'` moves the second span of a two-span link instead of the target.
   */
  reattach(input: { id: string; revisionId: number; start: number; end: number; which?: 'target' | 'link'; actor?: string }): Annotation {
    const { annotation: before, deleted } = this.stored(input.id);
    if (deleted) throw new GlossaError('NOT_FOUND', `Annotation ${input.id} was deleted; restore it first.`);
    const revision = this.currentRevision(before.articleId, input.revisionId);
    const selectors = this.selectors(revision.text, input.start, input.end);
    const modified = this.now().toISOString();
    let after: Annotation;
    if (input.which === 'link') {
      if (!linkedSpanOf(before)) throw new GlossaError('BAD_INPUT', 'This annotation links no second span; re-attach the annotation itself.');
      if (before.revisionId !== revision.id) {
        throw new GlossaError('CONFLICT', 'Re-attach the first span of this link before its second span: it is not placed in the current text.');
      }
      const bodies = before.bodies.map((b): Body => (isSpanLinkBody(b) ? { ...b, selectors, anchor: { state: 'anchored', confidence: 1 } } : b));
      after = { ...before, bodies, modified };
    } else {
      after = {
        ...before,
        revisionId: revision.id,
        target: { ...before.target, selectors },
        anchor: { state: 'anchored', confidence: 1 },
        modified,
      };
    }
    this.repository.save(before, after, 'confirmed', input.actor ?? this.defaultActor, after.modified);
    return after;
  }

  /** Stores a saved copy of one claim source with its SHA-256 and links it to the source. */
  addSnapshot(input: { id: string; sourceId: string; fileName: string; mediaType: string; dataBase64: string; actor?: string }): Annotation {
    const { annotation: before } = this.stored(input.id);
    const claim = before.claim;
    const source = claim?.sources.find((s) => s.id === input.sourceId);
    if (!claim || !source) throw new GlossaError('NOT_FOUND', `Annotation ${input.id} has no source "${input.sourceId}"; save the source first.`);
    const data = input.dataBase64.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 === 1) {
      throw new GlossaError('BAD_INPUT', `${input.fileName} did not arrive as base64 data; attach it again.`);
    }
    const bytes = Buffer.from(data, 'base64');
    if (bytes.byteLength === 0) throw new GlossaError('EMPTY_FILE', `${input.fileName} is empty; save the page again and attach the file.`);
    if (bytes.byteLength > MAX_SNAPSHOT_BYTES) throw new GlossaError('TOO_LARGE', `${input.fileName} is larger than 50 MB; save a smaller copy (PDF or HTML only).`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const at = this.now().toISOString();
    const fileName = input.fileName.replace(/\\/g, '/').split('/').pop() || input.fileName;
    const snapshot = { fileName, sha256, mediaType: input.mediaType, size: bytes.byteLength };
    const sources = claim.sources.map((s) => (s.id === source.id ? { ...s, snapshot } : s));
    const after: Annotation = { ...before, claim: { ...claim, sources }, modified: at };
    this.repository.transaction(() => {
      this.repository.putSnapshot(sha256, input.mediaType, bytes, at);
      this.repository.save(before, after, 'edited', input.actor ?? this.defaultActor, at);
    });
    return after;
  }

  /**
   * The stored copy of a source snapshot, to open or save again: its bytes (base64), media type and the file name it
   * was attached under. NOT_FOUND when no live source of `id` has that snapshot.
   */
  snapshot(id: string, sha256: string): { fileName: string; mediaType: string; size: number; dataBase64: string } {
    const { annotation } = this.stored(id);
    const source = annotation.claim?.sources.find((s) => s.snapshot?.sha256 === sha256);
    const stored = source ? this.repository.snapshot(sha256) : null;
    if (!source?.snapshot || !stored) throw new GlossaError('NOT_FOUND', 'That snapshot is not stored with this claim any more; attach the file again.');
    return { fileName: source.snapshot.fileName, mediaType: stored.mediaType, size: stored.bytes.byteLength, dataBase64: Buffer.from(stored.bytes).toString('base64') };
  }

  /** Every tag in use or with a colour, by name. */
  tags(): TagInfo[] {
    const counts = new Map<string, number>();
    // Only annotations whose bodies name a tag are read (reading and parsing every record cost 100 ms at 5,000).
    for (const bodies of this.repository.liveTaggedBodies()) for (const t of new Set(tagsOf({ bodies }))) counts.set(t, (counts.get(t) ?? 0) + 1);
    const colours = this.repository.tagColours();
    const names = new Set([...counts.keys(), ...colours.keys()]);
    return [...names].sort().map((name) => ({ name, colour: colours.get(name) ?? null, count: counts.get(name) ?? 0 }));
  }

  /** Renames a tag everywhere; onto an existing tag this is a merge. Returns how many annotations changed. */
  renameTag(from: string, to: string, actor?: string): number {
    return this.mergeTags([from], to, actor);
  }

  /** Replaces the tags `from` by `into` on every annotation; the colour of `into` (or the first coloured one) stays. */
  mergeTags(from: readonly string[], into: string, actor?: string): number {
    const target = into.trim();
    const sources = new Set(from.map((t) => t.trim()).filter((t) => t !== target));
    if (sources.size === 0) return 0;
    const at = this.now().toISOString();
    const who = actor ?? this.defaultActor;
    return this.repository.transaction(() => {
      let changed = 0;
      for (const before of this.repository.allLive()) {
        const tags = tagsOf(before);
        if (!tags.some((t) => sources.has(t))) continue;
        const renamed = tags.map((t) => (sources.has(t) ? target : t));
        const after: Annotation = { ...before, bodies: [...before.bodies.filter((b) => !isTag(b)), ...tagBodies(renamed)], modified: at };
        this.repository.save(before, after, 'edited', who, at);
        changed += 1;
      }
      const colours = this.repository.tagColours();
      const colour = colours.get(target) ?? [...sources].map((s) => colours.get(s)).find((c) => c) ?? null;
      if (colour !== null || colours.has(target)) this.repository.setTagColour(target, colour);
      for (const s of sources) this.repository.deleteTag(s);
      return changed;
    });
  }

  /** Sets or clears a tag's colour. */
  setTagColour(name: string, colour: string | null): TagInfo {
    const tag = name.trim();
    this.repository.setTagColour(tag, colour);
    return this.tags().find((t) => t.name === tag) ?? { name: tag, colour, count: 0 };
  }

  /**
   * Check-worthy spans of the article's current revision, relative dates resolved against the day it was written on
   * in its own zone (`relativeDateAnchor`).
   */
  suggest(articleId: number): { revisionId: number; suggestions: SuggestionJSON[] } {
    const revision = this.articles.revisionOf(articleId);
    const lang = revision.meta.lang === 'en' ? 'en' : revision.meta.lang.startsWith('zh') ? 'zh' : undefined;
    const found = suggestClaims(revision.text, { published: relativeDateAnchor(revision.meta), lang });
    return { revisionId: revision.id, suggestions: found.map(toSuggestionJSON) };
  }

  /**
   * Re-anchors every live annotation of an article onto its current revision (each from the text of the revision it
   * was last anchored on), recording a `reanchored` history entry for each one whose place or state changed. Called
   * when a revision is added (edit saved, changed file re-imported); idempotent.
   */
  reanchorArticle(articleId: number): ReanchorSummary {
    const current = this.articles.revisionOf(articleId);
    const summary: ReanchorSummary = { anchored: 0, moved: 0, orphaned: 0 };
    const byRevision = new Map<number, Annotation[]>();
    for (const a of this.repository.listByArticle(articleId)) {
      if (a.revisionId === current.id) {
        summary[a.anchor.state] += 1;
        continue;
      }
      byRevision.set(a.revisionId, [...(byRevision.get(a.revisionId) ?? []), a]);
    }
    if (byRevision.size === 0) return summary;
    const at = this.now().toISOString();
    this.repository.transaction(() => {
      const changed: ChangedAnnotation[] = [];
      for (const [revisionId, annotations] of byRevision) {
        const old = this.articles.revision(revisionId);
        const oldText = old ? old.text : '';
        for (const [i, after] of reanchorAnnotations(annotations, oldText, current.text, current.id).entries()) {
          const before = annotations[i] as Annotation;
          summary[after.anchor.state] += 1;
          // Compared as JSON text, which the history rows store: each record is written out once.
          const [beforeJson, afterJson] = [JSON.stringify(before), JSON.stringify(after)];
          if (afterJson !== beforeJson) changed.push({ before, after, beforeJson, afterJson });
        }
      }
      this.repository.saveAll(changed, 'reanchored', SYSTEM_ACTOR, at);
    });
    return summary;
  }

  /**
   * Imports W3C Web Annotation JSON-LD into an article: annotations with a known id replace the stored one (history
   * `edited`, or `restored` for a deleted one), new ones are created; then everything is re-anchored against the current text.
   * Every span is checked against the current revision's text, whatever the file says of its revision and anchor
   * (`webAnnotationImport.ts`); `reanchored` counts the imported annotations that were not where the file put them.
   */
  importJsonLd(articleId: number, json: string, actor?: string): ReanchorSummary & { imported: number; reanchored: number } {
    const revision = this.articles.revisionOf(articleId);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new GlossaError('BAD_INPUT', `The annotation file is not JSON (${why}); export it again as JSON-LD.`);
    }
    const who = actor ?? this.defaultActor;
    const at = this.now().toISOString();
    // Other tools' files: spans given by a quote or a position alone are completed against the current text; an
    // annotation without creator or date is the importer's, made now. A file's revision ids may belong to another
    // database: only an orphan whose span an older revision of this article holds stays on that revision.
    const revisionText = (id: number): string | undefined => {
      const own = this.articles.revision(id);
      return own && own.articleId === articleId ? own.text : undefined;
    };
    const { annotations, reanchored } = readWebAnnotations(parsed, {
      articleId,
      revisionId: revision.id,
      text: revision.text,
      revisionText,
      defaultCreator: who,
      now: at,
    });
    return this.repository.transaction(() => {
      for (const incoming of annotations) {
        const annotation: Annotation = { ...incoming, articleId };
        const existing = this.repository.get(annotation.id);
        if (existing && existing.annotation.articleId !== articleId) {
          throw new GlossaError('CONFLICT', `Annotation ${annotation.id} already belongs to article #${existing.annotation.articleId}; import the file into that article.`);
        }
        if (existing) this.repository.save(existing.annotation, annotation, existing.deleted ? 'restored' : 'edited', who, at, false);
        else this.repository.insert(annotation, who, at);
      }
      return { imported: annotations.length, reanchored, ...this.reanchorArticle(articleId) };
    });
  }

  private stored(id: string): { annotation: Annotation; deleted: boolean } {
    const found = this.repository.get(id);
    if (!found) throw new GlossaError('NOT_FOUND', `There is no annotation ${id}; reload the article.`);
    return found;
  }

  private currentRevision(articleId: number, revisionId: number): { id: number; text: string } {
    const revision = this.articles.currentText(articleId);
    if (revision.id !== revisionId) {
      throw new GlossaError(
        'CONFLICT',
        `Article #${articleId} has a newer revision (#${revision.id}) than the one annotated (#${revisionId}); reload the article and select the text again.`,
      );
    }
    return revision;
  }

  private selectors(text: string, start: number, end: number) {
    if (!(start < end) || end > text.length) {
      throw new GlossaError('BAD_INPUT', `[${start}, ${end}) is not a span of the article's text (${text.length} characters); select some text first.`);
    }
    return describeSpan(text, start, end);
  }

  private checkBodies(bodies: readonly Body[]): void {
    for (const b of bodies) {
      if (b.type === 'SpecificResource' && !isSpanLinkBody(b) && !this.repository.get(b.source)) {
        throw new GlossaError('NOT_FOUND', `The linked annotation ${b.source} does not exist; pick another span to link.`);
      }
    }
  }

  private patchClaim(claim: ClaimDetails, patch: ClaimPatch): ClaimDetails {
    const next: ClaimDetails = { ...claim };
    if (patch.english !== undefined) next.english = blankToNull(patch.english);
    if (patch.attributedTo !== undefined) next.attributedTo = blankToNull(patch.attributedTo);
    if (patch.value !== undefined) next.value = patch.value;
    if (patch.verdict !== undefined) {
      if (!findVerdict(patch.verdict, this.verdictScale)) {
        const known = this.verdictScale.verdicts.map((v) => v.id).join(', ');
        throw new GlossaError('BAD_INPUT', `"${patch.verdict}" is not a verdict of the scale in use; choose one of: ${known}.`);
      }
      next.verdict = patch.verdict;
    }
    if (patch.rationale !== undefined) next.rationale = patch.rationale;
    if (patch.status !== undefined) next.status = patch.status;
    if (patch.reviewer !== undefined) next.reviewer = blankToNull(patch.reviewer);
    if (patch.sources !== undefined) next.sources = patch.sources.map((s) => checkSource(s, claim.sources));
    return next;
  }
}

function tagsFromBodies(bodies: readonly Body[] | undefined): string[] {
  return (bodies ?? []).flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'tagging' ? [b.value] : []));
}

/** The bodies with a link's second span, if moved, accepted where it is (confirming a link confirms both ends). */
function confirmLinkedSpan(bodies: readonly Body[]): Body[] {
  return bodies.map((b) => (isSpanLinkBody(b) && b.anchor.state === 'moved' ? { ...b, anchor: { state: 'anchored', confidence: 1 } } : b));
}

function blankToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}

/** A checked source: the URL (and archive URL) must be http(s); an existing id keeps its snapshot. */
function checkSource(input: SourceInput, existing: readonly ClaimSource[]): ClaimSource {
  const url = validateSourceUrl(input.url);
  if (!url.ok) throw new GlossaError('BAD_INPUT', url.message);
  let archiveUrl = '';
  if (input.archiveUrl !== undefined && input.archiveUrl.trim() !== '') {
    const archive = validateSourceUrl(input.archiveUrl);
    if (!archive.ok) throw new GlossaError('BAD_INPUT', `Archive link: ${archive.message}`);
    archiveUrl = archive.url;
  }
  const previous = input.id === undefined ? undefined : existing.find((s) => s.id === input.id);
  const source: ClaimSource = {
    id: input.id ?? randomUUID(),
    url: url.url,
    title: input.title ?? '',
    publisher: input.publisher ?? '',
    date: input.date ?? '',
    quote: input.quote ?? '',
    credibility: input.credibility ?? null,
    archiveUrl,
  };
  if (previous?.snapshot) source.snapshot = previous.snapshot;
  return source;
}
