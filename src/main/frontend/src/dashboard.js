import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import { api } from './api.js';
import { fmtDate } from './worklist.js';
import { ClaimsPanel } from './claim.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

function hours(h) {
  if (h == null) return '—';
  return h >= 48 ? (h / 24).toFixed(1) + ' d' : h.toFixed(1) + ' h';
}

function StageChart({ stages }) {
  const ref = useRef(null);
  useEffect(() => {
    const chart = new Chart(ref.current, {
      type: 'bar',
      data: {
        labels: stages.map((s) => s.label),
        datasets: [
          { label: 'On track', data: stages.map((s) => s.open - s.atRisk - s.breached), backgroundColor: '#4c9a6a' },
          { label: 'At risk (≥ 80 % of SLA)', data: stages.map((s) => s.atRisk), backgroundColor: '#e0a32e' },
          { label: 'Breached', data: stages.map((s) => s.breached), backgroundColor: '#c8423b' },
        ],
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    return () => chart.destroy();
  }, [stages]);
  return html`<div class="chart"><canvas ref=${ref} id="stage-chart"></canvas></div>`;
}

function Drill({ stage, bucket, onClose }) {
  const [items, setItems] = useState(null);
  useEffect(() => {
    api(`/api/dashboard/stages/${stage}/items?bucket=${bucket}`).then(setItems);
  }, [stage, bucket]);
  return html`<div class="drill" id="drill-down">
    <h3>${stage.replaceAll('_', ' ').toLowerCase()} · ${bucket} <button class="link" onClick=${onClose}>close</button></h3>
    ${!items ? html`<p>Loading…</p>` : html`<table class="tasks" id="drill-table"><thead><tr><th>Task</th><th>Age</th><th>Assignee</th><th>Due</th></tr></thead>
      <tbody>${items.items.map((t) => html`<tr data-task-key=${t.key}><td><a href=${'#/task/' + t.key}>${t.name}</a></td><td>${hours(t.ageHours)}</td>
        <td>${t.assignee || 'unassigned'}</td><td>${fmtDate(t.due)}</td></tr>`)}</tbody></table>`}
  </div>`;
}

export function Dashboard() {
  const [d, setD] = useState(null);
  const [drill, setDrill] = useState(null);
  const load = (background) => api('/api/dashboard', { background }).then(setD);
  useEffect(() => {
    load(false);
    const t = setInterval(() => load(true), 60000);
    return () => clearInterval(t);
  }, []);
  if (!d) return html`<p class="loading">Loading dashboard…</p>`;
  const cell = (s, bucket, value, cls) =>
    html`<td class=${'num ' + (cls || '')}><a href="javascript:void 0" class="drill-link" data-stage=${s.stage} data-bucket=${bucket}
      onClick=${() => setDrill({ stage: s.stage, bucket })}>${value}</a></td>`;
  const a = d.authorizations;
  return html`
    <section class="dashboard">
      <h1>SLA dashboard</h1>
      <p class="muted">As of ${fmtDate(d.generatedAt)} · ${d.openTasks} open tasks</p>
      <h2>Per stage</h2>
      <${StageChart} stages=${d.stages} />
      <table class="tasks" id="stage-table">
        <thead><tr><th>Stage</th><th>Open</th><th>Median age</th><th>p90 age</th><th>SLA target</th><th>At risk</th><th>Breached</th></tr></thead>
        <tbody>${d.stages.map((s) => html`<tr data-stage=${s.stage}>
          <td>${s.label}</td>${cell(s, 'open', s.open)}<td class="num">${hours(s.medianAgeHours)}</td><td class="num">${hours(s.p90AgeHours)}</td>
          <td class="num">${hours(s.slaTargetHours)}</td>${cell(s, 'atRisk', s.atRisk, s.atRisk ? 'warn' : '')}${cell(s, 'breached', s.breached, s.breached ? 'bad' : '')}</tr>`)}
        </tbody>
      </table>
      ${drill && html`<${Drill} ...${drill} onClose=${() => setDrill(null)} />`}
      <h2>Authorizations</h2>
      ${a ? html`<div class="cards" id="auth-panel">
        <div class="card"><b id="auth-exp-7">${a.expiringWithin7}</b> expire within 7 days</div>
        <div class="card"><b id="auth-exp-14">${a.expiringWithin14}</b> within 14 days</div>
        <div class="card"><b id="auth-exp-30">${a.expiringWithin30}</b> within 30 days</div>
        <div class="card"><b id="auth-renewals">${a.renewalsInProgress}</b> renewals in progress</div>
        <div class="card ${a.lapsed ? 'bad' : ''}"><b id="auth-lapsed">${a.lapsed}</b> lapsed</div>
        <div class="card ${a.unitsShort ? 'warn' : ''}"><b id="auth-units-short">${a.unitsShort}</b> with units below the scheduled doses</div>
      </div>
      ${a.expiring.length > 0 && html`<table class="tasks" id="auth-table"><thead><tr><th>Authorization</th><th>Payer</th><th>Drug</th><th>Valid to</th><th>Units remaining</th><th>Doses left</th></tr></thead>
        <tbody>${a.expiring.map((x) => html`<tr><td>${x.number || '#' + x.id}</td><td>${x.payerId}</td><td>${x.hcpcs}</td><td>${x.validTo}</td>
        <td class="num">${x.unitsRemaining ?? '—'}</td><td class="num">${x.dosesRemaining ?? '—'}</td></tr>`)}</tbody></table>`}`
      : html`<p class="muted">No authorization data yet.</p>`}
      <h2>Claims</h2>
      ${d.claims ? html`<${ClaimsPanel} claims=${d.claims} />` : html`<p class="muted" id="claims-panel">No claim data yet.</p>`}
      <h2>Workload</h2>
      <table class="tasks" id="workload-table">
        <thead><tr><th>Coordinator / group</th><th>Open</th><th>Overdue</th></tr></thead>
        <tbody>${d.workload.map((w) => html`<tr><td>${w.assignee ? w.assignee : html`<em>unassigned · ${w.group}</em>`}</td>
          <td class="num">${w.open}</td><td class=${'num ' + (w.overdue ? 'bad' : '')}>${w.overdue}</td></tr>`)}</tbody>
      </table>
    </section>`;
}
