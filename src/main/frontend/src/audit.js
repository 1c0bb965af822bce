import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { api } from './api.js';
import { fmtDate } from './worklist.js';

export function AuditView() {
  const [q, setQ] = useState({ username: '', entityType: '', entityId: '' });
  const [page, setPage] = useState(0);
  const [data, setData] = useState(null);
  useEffect(() => {
    const params = new URLSearchParams({ page, size: 50 });
    for (const [k, v] of Object.entries(q)) if (v) params.set(k, v);
    api('/api/audit?' + params).then(setData);
  }, [q, page]);
  const set = (k) => (e) => { setPage(0); setQ({ ...q, [k]: e.target.value }); };
  return html`
    <section>
      <h1>Audit log</h1>
      <div class="filters">
        <input placeholder="User" value=${q.username} onChange=${set('username')} />
        <select value=${q.entityType} onChange=${set('entityType')}>
          <option value="">Any record</option>
          ${['PATIENT', 'EPISODE', 'TASK', 'AUTHORIZATION', 'CLAIM', 'VISIT', 'USER', 'REFERENCE_DATA', 'X12_FILE'].map((t) => html`<option>${t}</option>`)}
        </select>
        <input placeholder="Record ID" value=${q.entityId} onChange=${set('entityId')} />
      </div>
      ${data && html`<table class="tasks" id="audit-table">
        <thead><tr><th>When</th><th>Who</th><th>Action</th><th>Record</th><th>Detail</th><th>From</th></tr></thead>
        <tbody>${data.items.map((e) => html`<tr><td>${fmtDate(e.occurredAt)}</td><td>${e.username}</td>
          <td>${e.action}</td><td>${e.entityType} ${e.entityId}</td><td>${e.detail || ''}</td><td>${e.remoteAddr || ''}</td></tr>`)}</tbody>
      </table>
      <div class="pager"><button disabled=${page === 0} onClick=${() => setPage(page - 1)}>‹</button>
        <span>${data.total} entries · page ${page + 1}</span>
        <button disabled=${(page + 1) * data.size >= data.total} onClick=${() => setPage(page + 1)}>›</button></div>`}
    </section>`;
}
