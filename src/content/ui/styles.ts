/** The extension's own UI styles, adopted by its shadow root (never by the page). */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; overflow: visible; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.badge {
  position: fixed; display: inline-flex; align-items: center; gap: 4px; height: 22px; padding: 0 8px 0 6px;
  border-radius: 11px; border: 1px solid rgba(0,0,0,.12); font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  cursor: pointer; pointer-events: auto; box-shadow: 0 1px 3px rgba(0,0,0,.15); background: #fff; color: #1f2328; white-space: nowrap;
}
.badge.dark { background: #1f2328; color: #e6edf3; border-color: rgba(255,255,255,.18); }
.badge:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 2px; }
.badge .dot { width: 8px; height: 8px; border-radius: 50%; }
.badge .count { font-weight: 400; opacity: .75; }
.band-social .dot, .score.band-social { background: #1a7f37; }
.band-mixed .dot, .score.band-mixed { background: #bf8700; }
.band-broadcast .dot, .score.band-broadcast { background: #cf222e; }

.overlay { position: fixed; overflow: hidden; pointer-events: none; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; }
.overlay .mark { text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
.overlay .mark.error { text-decoration-style: wavy; text-decoration-color: #e0245e; background: rgba(224,36,94,.10); }
.overlay .mark.warning { text-decoration-style: wavy; text-decoration-color: #e8950c; background: rgba(245,158,11,.12); }
.overlay .mark.info { text-decoration-style: dotted; text-decoration-color: #3b82f6; }

.card {
  position: fixed; width: 360px; max-height: min(70vh, 520px); overflow: auto; pointer-events: auto;
  background: #fff; color: #1f2328; border: 1px solid rgba(0,0,0,.12); border-radius: 12px; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 12px 14px;
}
.card.dark { background: #1f2328; color: #e6edf3; border-color: rgba(255,255,255,.16); }
.card header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
.card .score { color: #fff; border-radius: 8px; padding: 2px 8px; font-weight: 700; font-size: 15px; }
.card .band { font-weight: 600; text-transform: capitalize; }
.card .summary { opacity: .75; flex: 1; }
.card button { font: inherit; cursor: pointer; }
.card .close { border: 0; background: transparent; color: inherit; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.card ul { list-style: none; margin: 0; padding: 0; }
.card .finding { border-top: 1px solid rgba(127,127,127,.25); padding: 8px 0; }
.card .finding .head { display: flex; gap: 6px; align-items: baseline; }
.card .sev { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 6px; color: #fff; }
.card .sev.error { background: #cf222e; }
.card .sev.warning { background: #bf8700; }
.card .sev.info { background: #0969da; }
.card .message { margin: 4px 0 2px; }
.card .why { margin: 2px 0; opacity: .75; }
.card .suggestion { display: flex; gap: 8px; align-items: center; justify-content: space-between; margin-top: 4px; padding: 4px 6px; background: rgba(127,127,127,.1); border-radius: 6px; }
.card .apply { border: 1px solid #1f883d; background: #1f883d; color: #fff; border-radius: 6px; padding: 2px 10px; font-weight: 600; flex: none; }
.card .apply:disabled { opacity: .5; cursor: default; }
.card .empty { margin: 4px 0; }
.card .hint { margin-top: 8px; opacity: .6; font-size: 12px; }
.review { width: 320px; }
.review .actions { display: flex; gap: 8px; margin: 8px 0 6px; }
.review .actions button { border-radius: 6px; padding: 4px 12px; font-weight: 600; border: 1px solid #1f883d; background: #1f883d; color: #fff; }
.review .actions .edit { background: transparent; color: inherit; border-color: rgba(127,127,127,.5); }
.review .skip { font-size: 12px; opacity: .8; }
.card button:focus-visible { outline: 2px solid #1d9bf0; outline-offset: 1px; }
`;
