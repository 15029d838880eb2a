/**
 * Which script a Chinese text is written in, as the language tag that exchange formats (TMX `srclang`, XLIFF
 * `srcLang`) carry: a translation memory exported from a Taiwan or Hong Kong article labelled `zh-CN` would be filed
 * under the wrong language by the tool that imports it.
 */
import { foldToSimplified } from './scriptFold';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/g;

/**
 * Share of traditional-only characters above which a text counts as traditional. Traditional prose writes one in four
 * or five of its characters differently from simplified (a short sentence one in five to one in two); a simplified
 * text has none (the folding table holds only characters simplified Chinese never writes), save the odd quoted name.
 */
const TRADITIONAL_SHARE = 0.12;

/** `zh-Hant` for text written mostly in traditional characters, else `zh-CN` (Glossa's tag for simplified Chinese). */
export function chineseLanguageTag(text: string): 'zh-Hant' | 'zh-CN' {
  const folded = foldToSimplified(text);
  let han = 0;
  let traditional = 0;
  for (const m of text.matchAll(HAN)) {
    han++;
    const at = m.index ?? 0;
    if (folded.charCodeAt(at) !== text.charCodeAt(at)) traditional++;
  }
  return han > 0 && traditional / han > TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-CN';
}
