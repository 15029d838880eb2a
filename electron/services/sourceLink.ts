/**
 * Reading a source link (the "轉載自…" link) as a web address: which of its query parameters only track a click
 * (`isTrackingParam`), and one spelling per page (`sourceLinkKey`), so the same article re-imported with its link written
 * another way (http for https, `www.`, a share button's `?utm_source=…`) is still known as that article.
 */

/**
 * Query parameters that track a click, a share or a campaign rather than name a page: analytics (`utm_*`, `_ga`),
 * ad click ids (`gclid`, `fbclid`, `msclkid`…), mail campaigns (`mc_cid`, `_hsenc`…), share buttons (`share`,
 * `from`, `s`/`si` on Twitter and YouTube, `igshid`), Alibaba's `spm`/`scm` and WeChat's `scene`/`isappinstalled`.
 */
const TRACKING_PARAM =
  /^(utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|igsh|si|_ga|_gl|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt\.mc_id|wt_mc|cmpid|icid|ocid|ncid|smid|xtor|at_medium|at_campaign|sr_share|spm|scm|scene|isappinstalled|share_from|ref|ref_src|ref_url|from|share|source|s)$/i;

/** Whether a query parameter's name is click tracking (`utm_source`, `fbclid`, `spm`…), case aside. */
export function isTrackingParam(name: string): boolean {
  return TRACKING_PARAM.test(name);
}

/** An absolute URL, or a bare host name (`gnews.org/`) read as https; null for other text. */
export function parseWebAddress(text: string): URL | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    try {
      return new URL(text);
    } catch {
      return null;
    }
  }
  if (!/^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$/.test(text)) return null;
  try {
    return new URL(`https://${text}`);
  } catch {
    return null;
  }
}

/**
 * One spelling of a source link for telling articles apart; the link itself is stored and shown as written. For an
 * http(s) address: https, the host in lower case without `www.` or a trailing dot, no default port (80 or 443, either
 * scheme), no user name, the path without a trailing slash and with percent-escapes in one form (unreserved
 * characters decoded, the rest in upper-case hex, non-ASCII as escaped UTF-8), click-tracking parameters removed and
 * the rest sorted (`?b=2&a=1` is `?a=1&b=2`; names and values keep their case: servers may read `?ID=` and `?id=`
 * apart), and no fragment unless it is a single-page site's route (`#/article/9`, `#!/…`). Other text (a newspaper's
 * name) is only trimmed.
 */
export function sourceLinkKey(source: string): string {
  const text = source.trim();
  const url = parseWebAddress(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return text;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const port = url.port === '' || url.port === '80' || url.port === '443' ? '' : `:${url.port}`;
  const path = samePercentEncoding(url.pathname).replace(/\/+$/, '');
  const query = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(paramName(pair)))
    .map(samePercentEncoding)
    .sort();
  const route = /^#!?\/./.test(url.hash) ? samePercentEncoding(url.hash) : '';
  return `https://${host}${port}${path}${query.length > 0 ? `?${query.join('&')}` : ''}${route}`;
}

/** The decoded name of a `name=value` query pair (`utm%5Fsource` is `utm_source`). */
function paramName(pair: string): string {
  const name = pair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Percent-escapes in one form: unreserved characters (RFC 3986: letters, digits, `-._~`) decoded, others upper-cased. */
function samePercentEncoding(text: string): string {
  return text.replace(/%([0-9a-f]{2})/gi, (escape: string, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
  });
}
