import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { api } from './api.js';

const STAGES = [
  ['', 'All stages'],
  ['INTAKE', 'Referral intake'],
  ['BENEFIT_VERIFICATION', 'Benefit verification'],
  ['PRIOR_AUTHORIZATION', 'Prior authorization'],
  ['SCHEDULING', 'Scheduling'],
  ['DOCUMENTATION', 'Documentation'],
  ['CODING', 'Coding'],
  ['CLAIM_SUBMISSION', 'Claim submission'],
  ['REMITTANCE', 'Remittance'],
  ['DENIAL_APPEAL', 'Denial / appeal'],
];

export function fmtDate(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function Worklist({ me, manager }) {
  const [view, setView] = useState(sessionStorage.getItem('view') || (manager ? 'all' : 'group'));
  const [filters, setFilters] = useState({ stage: '', payer: '', drug: '', dueWithinDays: '', sort: 'due' });
  const [page, setPage] = useState(0);
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(sessionStorage.getItem('notice'));
  const [loading, setLoading] = useState(true);
  const [loads, setLoads] = useState(0); // finished loads: lets a test wait for a fresh list

  async function load() {
    setError(null);
    setLoading(true);
    const params = new URLSearchParams({ view, page, size: 25, sort: filters.sort });
    for (const k of ['stage', 'payer', 'drug', 'dueWithinDays']) if (filters[k]) params.set(k, filters[k]);
    try {
      setData(await api('/api/worklist/tasks?' + params));
    } catch (e) {
      setError(e.message);
    } finally {
      setLoading(false);
      setLoads((n) => n + 1);
    }
  }
  useEffect(() => {
    sessionStorage.setItem('view', view);
    load();
  }, [view, page, filters]);
  useEffect(() => {
    if (notice) sessionStorage.removeItem('notice');
  }, []);

  async function act(key, action) {
    try {
      await api(`/api/worklist/tasks/${key}/${action}`, { method: 'POST' });
    } catch (e) {
      setNotice(e.message);
    }
    load();
  }
  async function reassign(key) {
    const assignee = window.prompt('Reassign to (user name):');
    if (!assignee) return;
    try {
      await api(`/api/worklist/tasks/${key}/assignment`, { method: 'POST', body: { assignee } });
    } catch (e) {
      setNotice(e.message);
    }
    load();
  }
  const set = (k) => (e) => {
    setPage(0);
    setFilters({ ...filters, [k]: e.target.value });
  };
  // a click on the open tab reloads it
  const select = (v) => {
    if (v === view && page === 0) load();
    else {
      setPage(0);
      setView(v);
    }
  };
  const tab = (v, label) =>
    html`<button id=${'tab-' + v} class=${view === v ? 'tab active' : 'tab'} onClick=${() => select(v)}>${label}</button>`;
  return html`
    <section class="worklist" aria-busy=${loading ? 'true' : 'false'} data-loads=${loads}>
      <h1>Worklist</h1>
      ${notice && html`<div class="notice" id="notice" role="alert">${notice}</div>`}
      <div class="tabs">
        ${tab('mine', 'My tasks')} ${tab('group', "My groups' open tasks")} ${manager && tab('all', 'All tasks')}
      </div>
      <div class="filters">
        <select id="filter-stage" value=${filters.stage} onChange=${set('stage')}>
          ${STAGES.map(([v, l]) => html`<option value=${v}>${l}</option>`)}
        </select>
        <input id="filter-payer" placeholder="Payer (name or ID)" value=${filters.payer} onChange=${set('payer')} />
        <input id="filter-drug" placeholder="Drug HCPCS" value=${filters.drug} onChange=${set('drug')} />
        <select id="filter-due" value=${filters.dueWithinDays} onChange=${set('dueWithinDays')}>
          <option value="">Any due date</option><option value="0">Overdue or due today</option>
          <option value="2">Due within 2 days</option><option value="7">Due within 7 days</option>
        </select>
        <select id="sort" value=${filters.sort} onChange=${set('sort')}>
          <option value="due">Sort by due date</option><option value="priority">Sort by priority</option>
          <option value="created">Sort by age</option>
        </select>
      </div>
      ${error && html`<div class="error">${error}</div>`}
      ${data && html`
        <table class="tasks" id="task-table">
          <thead><tr><th>Task</th><th>Patient</th><th>Drug</th><th>Payer</th><th>Stage</th><th>Due</th><th>Priority</th><th>Assignee</th><th>Groups</th><th></th></tr></thead>
          <tbody>
            ${data.items.length === 0 && html`<tr><td colspan="10" class="empty">No tasks here.</td></tr>`}
            ${data.items.map((t) => html`
              <tr data-task-key=${t.key} class="task-row">
                <td><a href=${'#/task/' + t.key} class="task-link">${t.name || t.elementId}</a></td>
                <td class="patient">${t.episode ? t.episode.patient : '—'}</td>
                <td class="drug">${t.episode ? t.episode.drug : '—'}</td>
                <td class="payer">${t.episode ? t.episode.payer : '—'}</td>
                <td>${(STAGES.find(([v]) => v === t.stage) || [, t.processId])[1]}</td>
                <td>${fmtDate(t.due)}
                  ${t.overdue && html` <span class="badge overdue">overdue</span>`}
                  ${t.atRisk && html` <span class="badge at-risk">at risk</span>`}</td>
                <td>${t.priority ?? ''}</td>
                <td>${t.assignee || html`<em>unassigned</em>`}</td>
                <td>${t.candidateGroups.join(', ')}</td>
                <td class="actions">
                  ${!t.assignee && html`<button class="claim" onClick=${() => act(t.key, 'claim')}>Claim</button>`}
                  ${t.assignee === me.username && html`<button class="unclaim" onClick=${() => act(t.key, 'unclaim')}>Unclaim</button>`}
                  ${manager && html`<button class="reassign" onClick=${() => reassign(t.key)}>Reassign</button>`}
                  <a href=${'#/episode/' + t.processInstanceKey}>Episode</a>
                </td>
              </tr>`)}
          </tbody>
        </table>
        <div class="pager">
          <button class="previous" disabled=${page === 0} onClick=${() => setPage(page - 1)}>‹ Previous</button>
          <span id="task-total">${data.total} tasks · page ${page + 1}</span>
          <button class="next" disabled=${(page + 1) * data.size >= data.total} onClick=${() => setPage(page + 1)}>Next ›</button>
        </div>`}
    </section>`;
}
