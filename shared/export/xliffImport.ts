/**
 * Reads XLIFF 2.x and 1.2 files back into translation units with their status, whether Glossa wrote them
 * (`xliff.ts`) or a CAT tool did.
 *
 * Status: Glossa's own `subState="glossa:<status>"` (2.x) wins. Otherwise 2.x `state`: `initial` -> new without a
 * target, draft with one; `translated`, `reviewed`, `final` as named. 1.2 `<target state>`: `new` and
 * `needs-translation` -> new (draft when a target is there); the other `needs-*` states -> draft; `translated` ->
 * translated; `signed-off` -> reviewed; `final` -> final; no state -> reviewed when `approved="yes"`, else translated
 * when there is a target, new when not.
 *
 * Structure: units are read from every `<file>`, inside `<group>`s too. A 2.x unit with several segments gives one
 * translation unit per segment (ids `unit#segment`), with the unit's notes on each. Inline codes that stand for
 * markup of the original format (2.x `<ph>`, `<sc>`, `<ec>`, `<sm>`, `<em>`; 1.2 `<ph>`, `<bpt>`, `<ept>`, `<it>`,
 * `<x>`, `<bx>`, `<ex>`) are dropped; 2.x `<cp hex>` becomes its character; text in `<pc>`, `<g>` and `<mrk>` is kept.
 */
import type { SegmentStatus, TranslationNote, TranslationUnit } from '../model/translation';
import { SEGMENT_STATUSES } from '../model/translation';
import { attr, badInput, childElements, firstChild, localName, parseXml, textContent, type XmlElement } from './xml';

const FORMAT = 'XLIFF';
const CODES_2: ReadonlySet<string> = new Set(['ph', 'sc', 'ec', 'sm', 'em']);
const CODES_12: ReadonlySet<string> = new Set(['ph', 'bpt', 'ept', 'it', 'x', 'bx', 'ex', 'sub']);

function codePoint(e: XmlElement): string | null {
  if (localName(e.name) !== 'cp') return null;
  const code = parseInt(attr(e, 'hex') ?? '', 16);
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

function glossaStatus(subState: string | undefined): SegmentStatus | undefined {
  const m = subState ? /^glossa:(\w+)$/.exec(subState.trim()) : null;
  return m && (SEGMENT_STATUSES as readonly string[]).includes(m[1]) ? (m[1] as SegmentStatus) : undefined;
}

function status21(state: string | undefined, subState: string | undefined, target: string): SegmentStatus {
  const own = glossaStatus(subState);
  if (own) return own;
  switch (state) {
    case 'translated':
    case 'reviewed':
    case 'final':
      return state;
    default:
      return target.trim() ? 'draft' : 'new';
  }
}

function status12(state: string | undefined, approved: boolean, target: string | null): SegmentStatus {
  const has = target !== null && target.trim() !== '';
  switch (state) {
    case 'new':
    case 'needs-translation':
      return has ? 'draft' : 'new';
    case 'translated':
      return 'translated';
    case 'signed-off':
      return 'reviewed';
    case 'final':
      return 'final';
    case undefined:
      return approved ? 'reviewed' : has ? 'translated' : 'new';
    default:
      return state.startsWith('needs-') ? 'draft' : has ? 'translated' : 'new';
  }
}

/** All descendants named `name`, looking through `<group>` elements. */
function unitsIn(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(node)) {
    const local = localName(c.name);
    if (local === name) out.push(c);
    else if (local === 'group') out.push(...unitsIn(c, name));
  }
  return out;
}

function confidenceOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const c = Number(value);
  return Number.isFinite(c) && c >= 0 && c <= 1 ? c : undefined;
}

function applyMeta(unit: TranslationUnit, type: string | undefined, value: string): void {
  switch (type) {
    case 'pairStatus':
      if (value === 'auto' || value === 'confirmed') unit.pairStatus = value;
      break;
    case 'confidence': {
      const c = confidenceOf(value);
      if (c !== undefined) unit.confidence = c;
      break;
    }
    case 'origin':
      unit.origin = value;
      break;
    case 'created':
      unit.created = value;
      break;
  }
}

function read2(root: XmlElement): TranslationUnit[] {
  const sourceLang = attr(root, 'srcLang');
  if (!sourceLang) throw badInput(FORMAT, root, 'the <xliff> element has no srcLang attribute.');
  const targetLang = attr(root, 'trgLang') ?? '';
  const units: TranslationUnit[] = [];
  for (const file of childElements(root, 'file')) {
    for (const u of unitsIn(file, 'unit')) {
      const unitId = attr(u, 'id');
      const notes: TranslationNote[] = [];
      const notesEl = firstChild(u, 'notes');
      for (const n of notesEl ? childElements(notesEl, 'note') : []) {
        const note: TranslationNote = { category: attr(n, 'category') ?? 'comment', text: textContent(n) };
        const applies = attr(n, 'appliesTo');
        if (applies === 'source' || applies === 'target') note.appliesTo = applies;
        notes.push(note);
      }
      const meta: [string | undefined, string][] = [];
      for (const md of childElements(u, 'metadata')) {
        for (const group of childElements(md, 'metaGroup')) {
          if (attr(group, 'category') !== 'glossa') continue;
          for (const m of childElements(group, 'meta')) meta.push([attr(m, 'type'), textContent(m).trim()]);
        }
      }
      const segments = childElements(u, 'segment');
      segments.forEach((seg, k) => {
        const sourceEl = firstChild(seg, 'source');
        if (!sourceEl) throw badInput(FORMAT, seg, `unit ${unitId ?? '?'} has a <segment> without a <source>.`);
        const targetEl = firstChild(seg, 'target');
        const source = textContent(sourceEl, CODES_2, codePoint);
        const target = targetEl ? textContent(targetEl, CODES_2, codePoint) : '';
        const unit: TranslationUnit = { source, target, sourceLang, targetLang, status: status21(attr(seg, 'state'), attr(seg, 'subState'), target) };
        if (unitId) unit.id = segments.length === 1 ? unitId : `${unitId}#${attr(seg, 'id') ?? k + 1}`;
        for (const [type, value] of meta) applyMeta(unit, type, value);
        if (notes.length) unit.notes = notes.map((n) => ({ ...n }));
        units.push(unit);
      });
    }
  }
  return units;
}

function read12(root: XmlElement): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  for (const file of childElements(root, 'file')) {
    const sourceLang = attr(file, 'source-language');
    if (!sourceLang) throw badInput(FORMAT, file, 'a <file> has no source-language attribute.');
    const targetLang = attr(file, 'target-language') ?? '';
    const body = firstChild(file, 'body');
    if (!body) throw badInput(FORMAT, file, 'a <file> has no <body>.');
    for (const tu of unitsIn(body, 'trans-unit')) {
      const sourceEl = firstChild(tu, 'source');
      if (!sourceEl) throw badInput(FORMAT, tu, `trans-unit ${attr(tu, 'id') ?? '?'} has no <source>.`);
      const targetEl = firstChild(tu, 'target');
      const target = targetEl ? textContent(targetEl, CODES_12) : null;
      const unit: TranslationUnit = {
        source: textContent(sourceEl, CODES_12),
        target: target ?? '',
        sourceLang,
        targetLang: (targetEl && attr(targetEl, 'xml:lang')) || targetLang,
        status: status12(targetEl ? attr(targetEl, 'state') : undefined, attr(tu, 'approved') === 'yes', target),
      };
      const id = attr(tu, 'id');
      if (id) unit.id = id;
      applyMeta(unit, 'pairStatus', attr(tu, 'glossa:pair-status') ?? '');
      applyMeta(unit, 'confidence', attr(tu, 'glossa:confidence') ?? '');
      const origin = attr(tu, 'glossa:origin');
      if (origin) unit.origin = origin;
      const created = attr(tu, 'glossa:created');
      if (created) unit.created = created;
      const notes = childElements(tu, 'note').map((n) => {
        const note: TranslationNote = { category: attr(n, 'from') ?? 'comment', text: textContent(n) };
        const annotates = attr(n, 'annotates');
        if (annotates === 'source' || annotates === 'target') note.appliesTo = annotates;
        return note;
      });
      if (notes.length) unit.notes = notes;
      units.push(unit);
    }
  }
  return units;
}

/**
 * Reads an XLIFF 2.x or 1.2 document into translation units. Throws `GlossaError('BAD_INPUT')` naming the line for
 * a file that is not XLIFF, has an unsupported version or a unit without a source.
 */
export function parseXliff(xml: string): TranslationUnit[] {
  const root = parseXml(xml, FORMAT);
  if (localName(root.name) !== 'xliff') throw badInput(FORMAT, root, `this is not an XLIFF file: the root element is <${root.name}>, not <xliff>.`);
  const version = attr(root, 'version') ?? '';
  if (/^2\./.test(version)) return read2(root);
  if (/^1\.[0-2]$/.test(version)) return read12(root);
  throw badInput(FORMAT, root, `XLIFF version "${version}" is not supported (Glossa reads 1.2 and 2.x).`);
}
