/**
 * TBX, the terminology exchange standard (ISO 30042), for the glossary: write it so term bases and CAT tools can load
 * it, read TBX files from them.
 *
 * Glossa writes TBX v3 (ISO 30042:2019) in the DCA style with the TBX-Basic dialect: `<tbx type="TBX-Basic"
 * style="dca">`, a `<tbxHeader>`, and in `<text><body>` one `<conceptEntry>` per glossary term, its note as a
 * concept-level `<note>`, then a `<langSec xml:lang>` per language holding a `<termSec><term>`. (TBX v3 names the
 * entry `conceptEntry`; the older TBX 2008 and MARTIF files name it `termEntry`, with `<langSet>` and `<tig>`/`<ntig>`.)
 * Characters XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF, unpaired surrogates) are replaced by U+FFFD,
 * and a paragraph of the header's source description says how many.
 *
 * Glossa reads both generations: `conceptEntry` or `termEntry`, `langSec` or `langSet`, terms in `termSec`, `tig`,
 * or `ntig/termGrp`. Every Chinese term of an entry is paired with every English term of it (one pair for the usual
 * one-term-per-language entry); notes of the entry and its terms are joined, one per line; terms read from a file
 * have source `import`. Which languages count as Chinese and English is by primary subtag (`zh-CN`, `zh-Hant` -> zh).
 */
import type { GlossaryTerm } from '../model/translation';
import { attr, badInput, buildXml, childElements, el, localName, parseXml, replacedCharactersNote, textContent, xmlTextGuard, type XmlElement, type XmlSpec } from './xml';

/** Options of the TBX writer and reader. */
export interface TbxOptions {
  /** Language tags to write (default `zh` and `en`); when reading, the primary subtags that count as each side. */
  sourceLang?: string;
  targetLang?: string;
  /** A line for the header's source description (default "Glossary exported from Glossa"). */
  description?: string;
}

const FORMAT = 'TBX';
const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** Writes glossary terms as a TBX-Basic (TBX v3, DCA) document. */
export function toTbx(terms: readonly GlossaryTerm[], options: TbxOptions = {}): string {
  const src = options.sourceLang ?? 'zh';
  const trg = options.targetLang ?? 'en';
  const guard = xmlTextGuard();
  const entries = terms.map((t, i) => {
    const children: XmlSpec[] = [];
    if (t.note) children.push(el('note', {}, [guard.text(t.note)]));
    children.push(el('langSec', { 'xml:lang': src }, [el('termSec', {}, [el('term', {}, [guard.text(t.zh)])])]));
    children.push(el('langSec', { 'xml:lang': trg }, [el('termSec', {}, [el('term', {}, [guard.text(t.en)])])]));
    return el('conceptEntry', { id: `c${i + 1}` }, children);
  });
  const description = [el('p', {}, [guard.text(options.description ?? 'Glossary exported from Glossa')])];
  if (guard.replaced > 0) description.push(el('p', {}, [replacedCharactersNote(guard.replaced)]));
  const header = el('tbxHeader', {}, [el('fileDesc', {}, [el('sourceDesc', {}, description)])]);
  return buildXml(el('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: TBX_NS }, [header, el('text', {}, [el('body', {}, entries)])]));
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

/** The term elements of a language section, whatever the TBX generation. */
function termsOf(section: XmlElement): { term: string; notes: string[] }[] {
  const out: { term: string; notes: string[] }[] = [];
  for (const holder of childElements(section)) {
    const name = localName(holder.name);
    if (name !== 'termSec' && name !== 'tig' && name !== 'ntig') continue;
    const group = name === 'ntig' ? (childElements(holder, 'termGrp')[0] ?? holder) : holder;
    const termEl = childElements(group, 'term')[0];
    if (!termEl) throw badInput(FORMAT, holder, `a <${name}> has no <term>.`);
    const term = textContent(termEl).trim();
    if (term) out.push({ term, notes: childElements(holder, 'note').map((n) => textContent(n).trim()).filter(Boolean) });
  }
  return out;
}

/** All entries below `node`, at any depth (TBX puts them in `text/body`, some tools add wrappers). */
function entriesIn(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(node)) {
    const name = localName(c.name);
    if (name === 'conceptEntry' || name === 'termEntry') out.push(c);
    else out.push(...entriesIn(c));
  }
  return out;
}

/**
 * Reads a TBX (v3 or 2008/MARTIF) document into glossary terms. Throws `GlossaError('BAD_INPUT')` naming the line
 * for a file that is not TBX or has a language section without a language.
 */
export function parseTbx(xml: string, options: TbxOptions = {}): GlossaryTerm[] {
  const root = parseXml(xml, FORMAT);
  const rootName = localName(root.name);
  if (rootName !== 'tbx' && rootName !== 'martif') throw badInput(FORMAT, root, `this is not a TBX file: the root element is <${root.name}>, not <tbx>.`);
  const src = primary(options.sourceLang ?? 'zh');
  const trg = primary(options.targetLang ?? 'en');
  const terms: GlossaryTerm[] = [];
  for (const entry of entriesIn(root)) {
    const zh: { term: string; notes: string[] }[] = [];
    const en: { term: string; notes: string[] }[] = [];
    const notes = childElements(entry, 'note').map((n) => textContent(n).trim()).filter(Boolean);
    for (const section of childElements(entry)) {
      const name = localName(section.name);
      if (name !== 'langSec' && name !== 'langSet') continue;
      const lang = attr(section, 'xml:lang') ?? attr(section, 'lang');
      if (!lang) throw badInput(FORMAT, section, `a <${name}> has no xml:lang.`);
      notes.push(...childElements(section, 'note').map((n) => textContent(n).trim()).filter(Boolean));
      if (primary(lang) === src) zh.push(...termsOf(section));
      else if (primary(lang) === trg) en.push(...termsOf(section));
    }
    for (const z of zh) {
      for (const e of en) {
        const note = [...notes, ...z.notes, ...e.notes].join('\n');
        const term: GlossaryTerm = { zh: z.term, en: e.term, source: 'import' };
        if (note) term.note = note;
        terms.push(term);
      }
    }
  }
  return terms;
}
