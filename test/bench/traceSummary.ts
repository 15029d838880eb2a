/**
 * Main-thread time per Chromium trace event name (`devtools.timeline` slices of the renderer's main thread), for the
 * diagnostics that ask where the time a CPU profile calls "(program)" went: style, layout, paint, parsing, compiling.
 */

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/**
 * Lines naming the renderer main thread's slices with their total milliseconds, largest first (nested slices are
 * counted in their own rows as well as in their parents'). `from`/`to` (trace microseconds) keep a window only.
 */
export function traceSummary(json: string, top = 30): string[] {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  // A navigation can move the page to a new renderer process: the busiest renderer main thread is the page's.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m: TraceEvent): number => events.reduce((sum, e) => (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' ? sum + (e.dur ?? 0) : sum), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  if (!main) return ['no renderer main thread in the trace'];
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    const type = e.args?.data?.type;
    const key = e.name === 'EventDispatch' && type ? `EventDispatch ${type}` : e.name;
    totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
  }
  return [
    '-- renderer main thread, trace slices (nested ones counted in their own rows too) --',
    ...[...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(1).padStart(9)} ms  ${k}`),
  ];
}
