/**
 * XLIFF writers, for handing an article's translation to a CAT tool and taking it back (`xliffImport.ts` reads both).
 *
 * XLIFF 2.1 (`urn:oasis:names:tc:xliff:document:2.0`, version 2.1): one `<file>`, one `<unit>` per pair with one
 * `<segment>`. Segment status maps onto `state`: new and draft -> `initial`, translated -> `translated`, reviewed ->
 * `reviewed`, final -> `final`; `subState="glossa:<status>"` keeps Glossa's exact status (so draft survives).
 * Alignment status, confidence, origin and creation date travel in the Metadata module (`mda:metaGroup
 * category="glossa"`), claims and annotations as `<note category="claim" appliesTo="source">`.
 *
 * XLIFF 1.2: one `<file>`, one `<trans-unit>` per pair. `<target state>`: new -> `new`, draft ->
 * `needs-review-translation`, translated -> `translated`, reviewed -> `signed-off`, final -> `final` (TMX-style
 * tools read `approved="yes"` too, set for reviewed and final). Notes are `<note annotates>` with the note's category in
 * `from` (1.2 has no category; `from` is the nearest thing a tool shows). Alignment data are attributes in the
 * `urn:glossa:xliff` namespace, which XLIFF 1.2 allows on `<trans-unit>`.
 *
 * In both, a unit without a target and with status new gets no `<target>`, and `xml:space="preserve"` (on 2.1
 * sources and targets, on 1.2 trans-units) asks tools to keep white space. Unit ids that are not XML name tokens are replaced by `u1`,
 * `u2`...
 *
 * Characters XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF, unpaired surrogates): XLIFF 2 sources and
 * targets carry them as `<cp hex>`, as the standard asks, so they come back unchanged; in notes and metadata (where
 * `<cp>` is not allowed) and everywhere in XLIFF 1.2, which has no such element, they are replaced by U+FFFD and a
 * note of the file (2.1: `<file><notes>`, 1.2: `<header><note>`) says how many. Carriage returns are kept (`&#13;`).
 */
import type { SegmentStatus, TranslationUnit } from '../model/translation';
import { buildXml, el, replacedCharactersNote, xmlCodePoints, xmlTextGuard, type XmlSpec, type XmlTextGuard } from './xml';

/** Namespaces written and read. */
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const GLOSSA_XLIFF_NS = 'urn:glossa:xliff';

/** Options of the XLIFF writers. */
export interface XliffOptions {
  /** Default: the first unit's languages, else zh-CN and en. */
  sourceLang?: string;
  targetLang?: string;
  /** What the file was made from, written as `original` (e.g. `article:12` or the article's title). */
  original?: string;
  toolVersion?: string;
}

/** The status a unit is exported with: its own, else translated when it has a target, else new. */
export function effectiveStatus(unit: TranslationUnit): SegmentStatus {
  return unit.status ?? (unit.target.trim() ? 'translated' : 'new');
}

const STATE_21: Record<SegmentStatus, string> = { new: 'initial', draft: 'initial', translated: 'translated', reviewed: 'reviewed', final: 'final' };
const STATE_12: Record<SegmentStatus, string> = { new: 'new', draft: 'needs-review-translation', translated: 'translated', reviewed: 'signed-off', final: 'final' };

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

/** Unit ids as written: the unit's own when it is a unique XML name token, else `u<n>`. */
function unitIds(units: readonly TranslationUnit[]): string[] {
  const used = new Set<string>();
  return units.map((u, i) => {
    let id = u.id && NMTOKEN.test(u.id) && !used.has(u.id) ? u.id : `u${i + 1}`;
    while (used.has(id)) id = `${id}_`;
    used.add(id);
    return id;
  });
}

function langs(units: readonly TranslationUnit[], options: XliffOptions): { src: string; trg: string } {
  return { src: options.sourceLang ?? units[0]?.sourceLang ?? 'zh-CN', trg: options.targetLang ?? units[0]?.targetLang ?? 'en' };
}

function hasTarget(unit: TranslationUnit): boolean {
  return unit.target !== '' || effectiveStatus(unit) !== 'new';
}

function metadata21(unit: TranslationUnit, guard: XmlTextGuard): XmlSpec | null {
  const metas: XmlSpec[] = [];
  if (unit.pairStatus) metas.push(el('mda:meta', { type: 'pairStatus' }, [unit.pairStatus]));
  if (unit.confidence !== undefined && Number.isFinite(unit.confidence)) metas.push(el('mda:meta', { type: 'confidence' }, [String(unit.confidence)]));
  if (unit.origin) metas.push(el('mda:meta', { type: 'origin' }, [guard.text(unit.origin)]));
  if (unit.created) metas.push(el('mda:meta', { type: 'created' }, [guard.text(unit.created)]));
  return metas.length ? el('mda:metadata', {}, [el('mda:metaGroup', { category: 'glossa' }, metas)]) : null;
}

/** Writes translation units as an XLIFF 2.1 document. */
export function toXliff(units: readonly TranslationUnit[], options: XliffOptions = {}): string {
  const { src, trg } = langs(units, options);
  const ids = unitIds(units);
  const guard = xmlTextGuard();
  const unitSpecs = units.map((u, i) => {
    const status = effectiveStatus(u);
    const children: XmlSpec[] = [];
    const meta = metadata21(u, guard);
    if (meta) children.push(meta);
    if (u.notes?.length) children.push(el('notes', {}, u.notes.map((n) => el('note', { category: n.category, appliesTo: n.appliesTo }, [guard.text(n.text)]))));
    const segment: XmlSpec[] = [el('source', { 'xml:space': 'preserve' }, xmlCodePoints(u.source))];
    if (hasTarget(u)) segment.push(el('target', { 'xml:space': 'preserve' }, xmlCodePoints(u.target)));
    children.push(el('segment', { id: 's1', state: STATE_21[status], subState: `glossa:${status}` }, segment));
    return el('unit', { id: ids[i] }, children);
  });
  const fileNotes = guard.replaced > 0 ? [el('notes', {}, [el('note', { category: 'glossa' }, [replacedCharactersNote(guard.replaced)])])] : [];
  const file = el('file', { id: 'f1', original: options.original }, [...fileNotes, ...unitSpecs]);
  return buildXml(el('xliff', { xmlns: XLIFF2_NS, 'xmlns:mda': MDA_NS, version: '2.1', srcLang: src, trgLang: trg }, [file]));
}

/** Writes translation units as an XLIFF 1.2 document. */
export function toXliff12(units: readonly TranslationUnit[], options: XliffOptions = {}): string {
  const { src, trg } = langs(units, options);
  const ids = unitIds(units);
  const guard = xmlTextGuard();
  const transUnits = units.map((u, i) => {
    const status = effectiveStatus(u);
    const children: XmlSpec[] = [el('source', {}, [guard.text(u.source)])];
    if (hasTarget(u)) children.push(el('target', { state: STATE_12[status] }, [guard.text(u.target)]));
    for (const n of u.notes ?? []) children.push(el('note', { from: n.category, annotates: n.appliesTo ?? 'general' }, [guard.text(n.text)]));
    return el(
      'trans-unit',
      {
        id: ids[i],
        'xml:space': 'preserve',
        approved: status === 'reviewed' || status === 'final' ? 'yes' : undefined,
        'glossa:pair-status': u.pairStatus,
        'glossa:confidence': u.confidence !== undefined && Number.isFinite(u.confidence) ? String(u.confidence) : undefined,
        'glossa:origin': u.origin,
        'glossa:created': u.created,
      },
      children,
    );
  });
  const replaced = guard.replaced > 0 ? [el('note', { from: 'glossa' }, [replacedCharactersNote(guard.replaced)])] : [];
  const header = el('header', {}, [el('tool', { 'tool-id': 'glossa', 'tool-name': 'Glossa', 'tool-version': options.toolVersion ?? '0.1.0' }), ...replaced]);
  const file = el('file', { original: options.original ?? 'glossa', 'source-language': src, 'target-language': trg, datatype: 'plaintext', 'tool-id': 'glossa' }, [header, el('body', {}, transUnits)]);
  return buildXml(el('xliff', { version: '1.2', xmlns: XLIFF12_NS, 'xmlns:glossa': GLOSSA_XLIFF_NS }, [file]));
}
