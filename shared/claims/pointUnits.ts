/**
 * Points after a Chinese number: an index's level or move (上证指数收报 3,119.90 点, 台股大漲逾 500 點) and points scored
 * or standing in a game (积分达到 58 分). Both need a word in the clause that names them, since 点 is as often a clock's
 * hour and 分 minutes or a fraction. Apart from countedUnits.ts, which reads nouns.
 */
import { type Reading, at, before } from './amountReading';

/** 道指收涨 0.5%，报 39,512.84 点: the level quoted after the index's move, in a clause of its own. */
const ZH_INDEX_QUOTE_BEFORE = /[，,]\s*(?:报|報)\s*$/u;
const ZH_INDEX_POINTS = /\s*[点點](?![钟鐘半多整前后後左位击擊名赞讚评評燃火亮])/uy;
const ZH_INDEX_BEFORE = /(?:指数|指數|指|台股|港股|美股|A股|陆股|陸股|日股|韩股|韓股|股市|上证|上證|深证|深證|创业板|創業板|大盘|大盤|股指|道指|纳指|納指|标普|標普|日经|日經|收报|收報|报收|報收|收在|收于|收於)[^，。；！？、\n]{0,16}$/u;
/**
 * 积分达到 58 分, 朱婷独得 21 分, 砍下 40 分: points scored or standing, after a word of scoring in the clause (a bare
 * 分 is as often minutes or a fraction).
 */
const ZH_SCORE_POINTS = /\s*分(?![钟鐘之别別析子享配布裂散开開期批数數局秒半多])/uy;
const ZH_SCORE_BEFORE = /(?:积分|積分|得分|总分|總分|独得|獨得|砍下|砍得|攻下|狂轰|狂轟|豪取|拿下|贡献|貢獻)[^，。；！？、\n\d]{0,6}$/u;

/** Reads index or game points after the number of `r`; true when it did (the unit is `points`). */
export function readPoints(r: Reading): boolean {
  const { text, tok } = r;
  // 上证指数收报 3,119.90 点, 恒指跌 312 點: an index's level or move in points (a checker compares it with the close),
  // after an index named in the clause; a clock's 点 (下午 2 点半) is under 25 and names no index.
  const points = tok.form !== 'en' && !r.currency && !r.percentUnit && (r.value >= 25 || !Number.isInteger(r.value))
    ? at(ZH_INDEX_POINTS, text, r.end) : null;
  if (points && (before(ZH_INDEX_BEFORE, text, r.start, 24) || before(ZH_INDEX_QUOTE_BEFORE, text, r.start, 4))) {
    r.unit = 'points';
    r.counted = true;
    r.end += points[0].length;
    return true;
  }
  const score = tok.form !== 'en' && !r.currency && !r.percentUnit && r.value >= 1 ? at(ZH_SCORE_POINTS, text, r.end) : null;
  if (score && before(ZH_SCORE_BEFORE, text, r.start, 12)) {
    r.unit = 'points';
    r.counted = true;
    r.end += score[0].length;
    return true;
  }
  return false;
}
