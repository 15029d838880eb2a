/**
 * TMX 1.4b, the translation-memory exchange format every CAT tool reads: write the aligned pairs of an article (or
 * the whole memory) as translation units, and read a TMX file back into units for the memory.
 *
 * What Glossa writes: a `<header>` with every attribute TMX 1.4b requires (creationtool Glossa, segtype sentence,
 * o-tmf, adminlang, srclang, datatype plaintext); one `<tu>` per unit with `tuid` and `creationdate` when known;
 * Glossa's own data as `<prop>`s with `x-` types (TMX reserves those for tools): `x-glossa-status` (segment status),
 * `x-glossa-pair-status` (auto/confirmed), `x-glossa-confidence`, `x-glossa-origin` (e.g. `article:12`), and notes
 * as `x-glossa-note-<category>`, except plain comments, which go into `<note>` where every tool shows them;
 * then one `<tuv xml:lang>` per language with its `<seg>`. Text keeps every character XML 1.0 can carry (carriage
 * returns as `&#13;`); TMX has no way to carry the others (control characters, U+FFFE/U+FFFF, unpaired surrogates), so
 * they are replaced by U+FFFD and a `<note>` in the header says how many.
 *
 * What Glossa reads: any TMX 1.4 (and the `lang` attribute of TMX 1.1–1.3). The source `<tuv>` is the one in the
 * header's `srclang` (the first one when srclang is `*all*`), the target is the first other `<tuv>`, or the one in
 * `targetLang` when asked. Inline codes (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`) hold the original format's markup
 * and are dropped; the text inside `<hi>` is kept. Units without a target language are skipped.
 */
import type { SegmentStatus, TranslationNote, TranslationUnit } from '../model/translation';
import { PAIR_STATUSES, SEGMENT_STATUSES } from '../model/translation';
import { attr, badInput, buildXml, childElements, el, firstChild, localName, parseXml, replacedCharactersNote, textContent, xmlTextGuard, type XmlElement, type XmlSpec, type XmlTextGuard } from './xml';

/** Options of the TMX writer. */
export interface TmxOptions {
  /** Header `srclang`; default: the first unit's source language, else `zh-CN`. */
  sourceLang?: string;
  /** Glossa's version, written as `creationtoolversion`. */
  toolVersion?: string;
  /** ISO date-time of the export, written as the header's `creationdate`. */
  created?: string;
}

/** Options of the TMX reader. */
export interface TmxReadOptions {
  /**
   * Which language to take as the source (default: the header's `srclang`, else each unit's first `<tuv>`). Given, it
   * overrides the header, which describes how the file was made, not which way the reader uses it: an English→Chinese
   * memory read for zh→en. A unit without a `<tuv>` in this language is left out.
   */
  sourceLang?: string;
  /** Which language to take as the target in a multilingual TMX (default: the first language that is not the source). */
  targetLang?: string;
  /** Called for each unit left out for want of the source or target language, so a reader can count them. */
  onLeftOut?: () => void;
}

const FORMAT = 'TMX';
const NATIVE_CODES: ReadonlySet<string> = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'sub']);
const NOTE_PROP = 'x-glossa-note-';

/** ISO 8601 -> TMX's `YYYYMMDDThhmmssZ`, or undefined for an unreadable date. */
export function toTmxDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** TMX's `YYYYMMDDThhmmssZ` -> ISO 8601 (`2023-11-03T06:22:00Z`), or undefined. */
export function fromTmxDate(tmx: string | undefined): string | undefined {
  const m = tmx ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(tmx.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

function tuOf(unit: TranslationUnit, guard: XmlTextGuard): XmlSpec {
  const prop = (type: string, value: string): XmlSpec => el('prop', { type }, [guard.text(value)]);
  const children: XmlSpec[] = [];
  if (unit.status) children.push(prop('x-glossa-status', unit.status));
  if (unit.pairStatus) children.push(prop('x-glossa-pair-status', unit.pairStatus));
  if (unit.confidence !== undefined && Number.isFinite(unit.confidence)) children.push(prop('x-glossa-confidence', String(unit.confidence)));
  if (unit.origin) children.push(prop('x-glossa-origin', unit.origin));
  for (const n of unit.notes ?? []) {
    if (n.category === 'comment' && !n.appliesTo) {
      children.push(el('note', {}, [guard.text(n.text)]));
      continue;
    }
    const category = n.category.replace(/[^\w.-]/g, '_') || 'note';
    children.push(prop(`${NOTE_PROP}${category}${n.appliesTo ? `@${n.appliesTo}` : ''}`, n.text));
  }
  children.push(el('tuv', { 'xml:lang': unit.sourceLang }, [el('seg', {}, [guard.text(unit.source)])]));
  children.push(el('tuv', { 'xml:lang': unit.targetLang }, [el('seg', {}, [guard.text(unit.target)])]));
  return el('tu', { tuid: unit.id, creationdate: toTmxDate(unit.created) }, children);
}

/** Writes translation units as a TMX 1.4b document. */
export function toTmx(units: readonly TranslationUnit[], options: TmxOptions = {}): string {
  const guard = xmlTextGuard();
  const tus = units.map((u) => tuOf(u, guard));
  const header = el('header', {
    creationtool: 'Glossa',
    creationtoolversion: options.toolVersion ?? '0.1.0',
    segtype: 'sentence',
    'o-tmf': 'Glossa',
    adminlang: 'en',
    srclang: options.sourceLang ?? units[0]?.sourceLang ?? 'zh-CN',
    datatype: 'plaintext',
    creationdate: toTmxDate(options.created),
  }, guard.replaced > 0 ? [el('note', {}, [replacedCharactersNote(guard.replaced)])] : []);
  return buildXml(el('tmx', { version: '1.4' }, [header, el('body', {}, tus)]));
}

function langOf(tuv: XmlElement): string | undefined {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang');
}

/** Language tags match when equal ignoring case, or when one is the primary language of the other (`zh` ~ `zh-CN`). */
function sameLang(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.split('-')[0] === y || y.split('-')[0] === x;
}

function segText(tuv: XmlElement, tuIndex: number): string {
  const seg = firstChild(tuv, 'seg');
  if (!seg) throw badInput(FORMAT, tuv, `translation unit ${tuIndex + 1} has a <tuv> without a <seg>.`);
  return textContent(seg, NATIVE_CODES);
}

function readNotes(tu: XmlElement): TranslationNote[] {
  const notes: TranslationNote[] = [];
  for (const c of childElements(tu)) {
    const name = localName(c.name);
    if (name === 'note') notes.push({ category: 'comment', text: textContent(c) });
    else if (name === 'prop') {
      const type = attr(c, 'type') ?? '';
      if (!type.startsWith(NOTE_PROP)) continue;
      const [category, appliesTo] = type.slice(NOTE_PROP.length).split('@');
      const note: TranslationNote = { category, text: textContent(c) };
      if (appliesTo === 'source' || appliesTo === 'target') note.appliesTo = appliesTo;
      notes.push(note);
    }
  }
  return notes;
}

/**
 * Reads a TMX document into translation units. Throws `GlossaError('BAD_INPUT')` naming the line for a file that is
 * not TMX or has a broken unit.
 */
export function parseTmx(xml: string, options: TmxReadOptions = {}): TranslationUnit[] {
  const root = parseXml(xml, FORMAT);
  if (localName(root.name) !== 'tmx') throw badInput(FORMAT, root, `this is not a TMX file: the root element is <${root.name}>, not <tmx>.`);
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  if (!body) throw badInput(FORMAT, root, 'the file has no <body>.');
  const srclang = header ? attr(header, 'srclang') : undefined;

  const units: TranslationUnit[] = [];
  childElements(body, 'tu').forEach((tu, i) => {
    const tuvs = childElements(tu, 'tuv');
    const langs = tuvs.map((t) => langOf(t));
    const missing = langs.findIndex((l) => !l);
    if (missing >= 0) throw badInput(FORMAT, tuvs[missing], `translation unit ${i + 1} has a <tuv> without xml:lang.`);
    if (tuvs.length === 0) return;
    let s: number;
    if (options.sourceLang) {
      s = langs.findIndex((l) => sameLang(l as string, options.sourceLang as string));
      if (s < 0) {
        options.onLeftOut?.();
        return;
      }
    } else {
      s = srclang && srclang !== '*all*' ? langs.findIndex((l) => sameLang(l as string, srclang)) : 0;
      if (s < 0) s = 0;
    }
    const sourceLang = langs[s] as string;
    let t = options.targetLang ? langs.findIndex((l, k) => k !== s && sameLang(l as string, options.targetLang as string)) : langs.findIndex((l, k) => k !== s && !sameLang(l as string, sourceLang));
    if (t < 0) {
      options.onLeftOut?.();
      return;
    }
    const unit: TranslationUnit = { source: segText(tuvs[s], i), target: segText(tuvs[t], i), sourceLang, targetLang: langs[t] as string };
    const id = attr(tu, 'tuid');
    if (id) unit.id = id;
    const created = fromTmxDate(attr(tu, 'creationdate'));
    if (created) unit.created = created;
    for (const p of childElements(tu, 'prop')) {
      const value = textContent(p).trim();
      switch (attr(p, 'type')) {
        case 'x-glossa-status':
          if ((SEGMENT_STATUSES as readonly string[]).includes(value)) unit.status = value as SegmentStatus;
          break;
        case 'x-glossa-pair-status':
          if (value === PAIR_STATUSES[0] || value === PAIR_STATUSES[1]) unit.pairStatus = value;
          break;
        case 'x-glossa-confidence': {
          const c = Number(value);
          if (value !== '' && Number.isFinite(c) && c >= 0 && c <= 1) unit.confidence = c;
          break;
        }
        case 'x-glossa-origin':
          unit.origin = value;
          break;
      }
    }
    const notes = readNotes(tu);
    if (notes.length > 0) unit.notes = notes;
    units.push(unit);
  });
  return units;
}
