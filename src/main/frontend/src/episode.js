import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { api } from './api.js';
import { fmtDate } from './worklist.js';
import { EpisodeClaims } from './claim.js';

export function Timeline({ events }) {
  if (!events.length) return html`<p class="muted">Nothing recorded yet.</p>`;
  return html`<ol class="timeline">${events.map(
    (e) => html`<li><time>${fmtDate(e.at)}</time> ${e.text}</li>`,
  )}</ol>`;
}

// "Episode 12 · Jane Doe · J1745 infliximab"; a process without an episode by its name.
export function title(data) {
  if (!data) return '';
  const t = data.title;
  if (!t) return data.processName || data.processId;
  return ['Episode ' + t.episodeId, t.patient, t.drug].filter(Boolean).join(' · ');
}

// The process instance's BPMN diagram (bpmn-js), completed elements in grey-green, active ones
// highlighted, with the episode's timeline below.
export function EpisodeView({ instanceKey }) {
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const canvas = useRef(null);
  useEffect(() => {
    let viewer;
    (async () => {
      try {
        const d = await api(`/api/worklist/instances/${instanceKey}/diagram`);
        setData(d);
        viewer = new NavigatedViewer({ container: canvas.current });
        await viewer.importXML(d.xml);
        const c = viewer.get('canvas');
        c.zoom('fit-viewport');
        const registry = viewer.get('elementRegistry');
        for (const id of d.completed) if (registry.get(id)) c.addMarker(id, 'completed');
        for (const id of d.active) if (registry.get(id)) c.addMarker(id, 'active');
      } catch (e) {
        setError(e.message);
      }
    })();
    return () => viewer && viewer.destroy();
  }, [instanceKey]);
  return html`
    <section class="episode">
      <p><a href="#/worklist">‹ Back to the worklist</a></p>
      <h1 id="episode-title">${title(data)}</h1>
      ${data && data.title && html`<p class="muted">${data.processName || data.processId}</p>`}
      ${error && html`<div class="error">${error}</div>`}
      <div class="legend"><span class="swatch active"></span> active <span class="swatch completed"></span> completed</div>
      <div ref=${canvas} id="diagram" class="diagram"></div>
      ${data && data.episodeId && html`<${EpisodeClaims} episodeId=${data.episodeId} />`}
      ${data && html`<h2>Timeline</h2><${Timeline} events=${data.timeline || []} />`}
    </section>`;
}
