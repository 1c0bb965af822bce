import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';
import { api } from './api.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Shared by the Revenue and Inventory pages (managers): filters, money and percent formats, a
// bar chart, a drill-down table and CSV export of any table.

export const money = (v) => (v == null ? '—' : '$' + Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
export const pct = (v) => (v == null ? '—' : (v * 100).toFixed(1) + ' %');
export const num = (v) => (v == null ? '—' : String(v));

/** The query string of the filters (payer, drug, month) that are set. */
export function query(filters, extra = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v !== '' && v != null) p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

export function Filters({ value, onChange }) {
  const [draft, setDraft] = useState(value);
  const field = (name, label, placeholder) => html`<label>${label}
    <input id=${'filter-' + name} name=${name} placeholder=${placeholder} value=${draft[name]}
      onInput=${(e) => setDraft({ ...draft, [name]: e.target.value })} /></label>`;
  return html`<form class="filters" id="report-filters" onSubmit=${(e) => { e.preventDefault(); onChange(draft); }}>
    ${field('payer', 'Payer', 'e.g. COMMERCIAL_ACME')}
    ${field('drug', 'Drug (HCPCS)', 'e.g. J1745')}
    ${field('month', 'Month of service', 'YYYY-MM')}
    <button class="primary" id="apply-filters">Apply</button>
  </form>`;
}

/**
 * One CSV cell (RFC 4180 quoting). Text a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return: a supplier's invoice number, a payer's name) is neutralised as
 * OWASP "CSV Injection" advises: a leading single quote, and the cell quoted. Numbers, and text
 * that is a plain number (a -4700.00 margin), stay numeric.
 */
export function csvCell(v) {
  let s = v == null ? '' : String(v);
  const formula = typeof v !== 'number' && /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s);
  if (formula) s = "'" + s;
  return formula || /[",\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

/** Values as CSV, downloaded as a file. */
export function downloadCsv(name, columns, rows) {
  const cell = csvCell;
  const text = [columns.map((c) => cell(c.label)).join(','), ...rows.map((r) => columns.map((c) => cell(r[c.key])).join(','))].join('\r\n') + '\r\n';
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  a.download = name + '.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** A table with a CSV export; `columns` are {key, label, fmt?, link?}. */
export function DataTable({ id, name, columns, rows }) {
  return html`<div class="data-table">
    <button class="csv" id=${id + '-csv'} onClick=${() => downloadCsv(name, columns, rows)}>Export CSV</button>
    <table class="tasks" id=${id}><thead><tr>${columns.map((c) => html`<th>${c.label}</th>`)}</tr></thead>
      <tbody>${rows.map((r) => html`<tr>${columns.map((c) => {
        const v = c.fmt ? c.fmt(r[c.key], r) : r[c.key];
        const cell = c.onClick
          ? html`<a href="javascript:void 0" class="drill-link" data-key=${r[c.key]} onClick=${() => c.onClick(r)}>${v}</a>`
          : c.link ? html`<a href=${c.link(r)}>${v}</a>` : v;
        return html`<td class=${c.numeric ? 'num' : ''}>${cell}</td>`;
      })}</tr>`)}</tbody></table>
    ${rows.length === 0 && html`<p class="muted">No rows.</p>`}
  </div>`;
}

export function BarChart({ id, labels, datasets }) {
  const ref = useRef(null);
  useEffect(() => {
    const chart = new Chart(ref.current, {
      type: 'bar',
      data: { labels, datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } },
    });
    return () => chart.destroy();
  }, [JSON.stringify(labels), JSON.stringify(datasets)]);
  return html`<div class="chart"><canvas ref=${ref} id=${id}></canvas></div>`;
}

/** A number that opens the rows behind it. */
export function DrillNumber({ id, value, onOpen }) {
  return html`<a href="javascript:void 0" class="drill-link" id=${id} onClick=${onOpen}>${value}</a>`;
}

const CLAIM_COLUMNS = [
  { key: 'claimId', label: 'Claim', link: (r) => '#/claim/' + r.claimId },
  { key: 'claimVersion', label: 'Version', numeric: true },
  { key: 'payerId', label: 'Payer' },
  { key: 'dateOfService', label: 'Date of service' },
  { key: 'status', label: 'Status' },
  { key: 'charge', label: 'Charge', numeric: true, fmt: money },
  { key: 'balance', label: 'Balance', numeric: true, fmt: money },
];
const DENIAL_COLUMNS = [
  { key: 'denialId', label: 'Denial' },
  { key: 'claimId', label: 'Claim', link: (r) => '#/claim/' + r.claimId },
  { key: 'carc', label: 'CARC' },
  { key: 'amount', label: 'Amount', numeric: true, fmt: money },
  { key: 'payerId', label: 'Payer' },
  { key: 'dateOfService', label: 'Date of service' },
  { key: 'status', label: 'Status' },
];
const APPEAL_COLUMNS = [
  { key: 'appealId', label: 'Appeal' },
  { key: 'claimId', label: 'Claim', link: (r) => '#/claim/' + r.claimId },
  { key: 'level', label: 'Level', numeric: true },
  { key: 'deadline', label: 'Deadline' },
  { key: 'status', label: 'Status' },
  { key: 'amountInControversy', label: 'Amount', numeric: true, fmt: money },
];

function Drill({ drill, filters, onClose }) {
  const [rows, setRows] = useState(null);
  useEffect(() => {
    setRows(null);
    api(drill.path + query(filters, drill.params)).then(setRows);
  }, [drill, filters]);
  const columns = drill.kind === 'denials' ? DENIAL_COLUMNS : drill.kind === 'appeals' ? APPEAL_COLUMNS : CLAIM_COLUMNS;
  return html`<div class="drill" id="report-drill">
    <h3>${drill.title} <button class="link" onClick=${onClose}>close</button></h3>
    ${rows ? html`<${DataTable} id="drill-table" name=${drill.name} columns=${columns} rows=${rows} />` : html`<p>Loading…</p>`}
  </div>`;
}

const BUCKETS = ['0-30', '31-60', '61-90', '91-120', '120+'];

export function RevenuePage() {
  const [filters, setFilters] = useState({ payer: '', drug: '', month: '' });
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const [drill, setDrill] = useState(null);
  useEffect(() => {
    setError(null);
    const q = query(filters);
    Promise.all(['ar', 'claim-quality', 'lag', 'collections', 'appeals', 'drugs'].map((r) => api('/api/reports/' + r + q)))
      .then(([ar, quality, lag, collections, appeals, drugs]) => setData({ ar, quality, lag, collections, appeals, drugs }))
      .catch((e) => setError(e.message));
  }, [filters]);
  const open = (d) => () => setDrill(d);
  if (error) return html`<section><h1>Revenue</h1><${Filters} value=${filters} onChange=${setFilters} /><p class="error" id="report-error">${error}</p></section>`;
  if (!data) return html`<p class="loading">Loading revenue reports…</p>`;
  const { ar, quality: q, lag, collections: c, appeals: a, drugs } = data;
  return html`<section class="dashboard" id="revenue-page">
    <h1>Revenue cycle</h1>
    <${Filters} value=${filters} onChange=${setFilters} />
    <h2>Accounts receivable</h2>
    <div class="cards">
      <div class="card"><b id="ar-total">${money(ar.total)}</b> A/R in ${ar.claims} claims</div>
      <div class="card"><b id="ar-days">${num(ar.daysInAr)}</b> days in A/R</div>
      <div class="card"><b id="ar-over90">${pct(ar.shareOver90)}</b> over 90 days</div>
    </div>
    <${BarChart} id="aging-chart" labels=${BUCKETS.map((b) => b + ' days')}
      datasets=${[{ label: 'A/R balance ($)', data: ar.aging.map((b) => Number(b.balance)), backgroundColor: '#1f6fb2' }]} />
    <table class="tasks" id="aging-table"><thead><tr><th>Age</th><th class="num">Claims</th><th class="num">Balance</th></tr></thead>
      <tbody>${ar.aging.map((b) => html`<tr data-bucket=${b.bucket}><td>${b.bucket} days</td><td class="num">${b.claims}</td>
        <td class="num"><${DrillNumber} id=${'aging-' + b.bucket} value=${money(b.balance)}
          onOpen=${open({ kind: 'claims', path: '/api/reports/ar/claims', params: { bucket: b.bucket }, title: 'A/R ' + b.bucket + ' days', name: 'ar-' + b.bucket })} /></td></tr>`)}</tbody></table>
    ${drill && html`<${Drill} drill=${drill} filters=${filters} onClose=${() => setDrill(null)} />`}
    <h2>Claim quality (first pass)</h2>
    <div class="cards">
      <div class="card"><b id="clean-claim-rate"><${DrillNumber} id="clean-claims" value=${pct(q.cleanClaimRate)}
        onOpen=${open({ kind: 'claims', path: '/api/reports/claim-quality/claims', params: { outcome: 'clean' }, title: 'Clean claims', name: 'clean-claims' })} /></b>
        clean-claim rate (${q.cleanClaims} of ${q.adjudicatedClaims})</div>
      <div class="card"><b id="denial-rate-claims"><${DrillNumber} id="denied-claims" value=${pct(q.denialRateByClaims)}
        onOpen=${open({ kind: 'claims', path: '/api/reports/claim-quality/claims', params: { outcome: 'denied' }, title: 'Claims denied on first pass', name: 'denied-claims' })} /></b>
        denied by claims</div>
      <div class="card"><b id="denial-rate-lines">${pct(q.denialRateByLines)}</b> by lines (${q.deniedLines} of ${q.lines})</div>
      <div class="card"><b id="denial-rate-dollars">${pct(q.denialRateByDollars)}</b> by dollars (${money(q.deniedDollars)})</div>
      <div class="card ${q.authorizationDenials ? 'warn' : ''}"><b id="auth-denials"><${DrillNumber} id="auth-denials-link" value=${q.authorizationDenials}
        onOpen=${open({ kind: 'denials', path: '/api/reports/denials', params: { authorization: true }, title: 'Authorization denials (CO-197/198/15)', name: 'authorization-denials' })} /></b>
        authorization denials (${money(q.authorizationDeniedDollars)})</div>
    </div>
    <h3>Top denial reasons</h3>
    <${DataTable} id="carc-table" name="top-carcs" rows=${q.topCarcs} columns=${[
      { key: 'carc', label: 'CARC', onClick: (r) => setDrill({ kind: 'denials', path: '/api/reports/denials', params: { carc: r.carc }, title: 'Denials CARC ' + r.carc, name: 'denials-' + r.carc }) },
      { key: 'description', label: 'Reason' },
      { key: 'denials', label: 'Denials', numeric: true },
      { key: 'amount', label: 'Amount', numeric: true, fmt: money },
    ]} />
    <h2>Lag</h2>
    <div class="cards">
      <div class="card"><b id="lag-service-claim">${num(lag.averageDaysServiceToClaim)}</b> days service → claim (${lag.claimsFiled} claims)</div>
      <div class="card"><b id="lag-claim-payment">${num(lag.averageDaysClaimToPayment)}</b> days claim → payment (${lag.claimsPaid} paid)</div>
    </div>
    <h2>Collections</h2>
    <div class="cards">
      <div class="card"><b id="net-collection-rate">${pct(c.netCollectionRate)}</b> net collection rate</div>
      <div class="card"><b id="underpaid">${money(c.underpaid)}</b> underpaid</div>
      <div class="card"><b id="written-off">${money(c.writtenOff)}</b> written off</div>
      <div class="card ${Number(c.timelyFilingWriteOffs) ? 'bad' : ''}"><b id="timely-filing">${money(c.timelyFilingWriteOffs)}</b> timely-filing write-offs</div>
    </div>
    <${DataTable} id="write-off-table" name="write-offs" rows=${c.writeOffs} columns=${[
      { key: 'reason', label: 'Reason' }, { key: 'carc', label: 'CARC' },
      { key: 'writeOffs', label: 'Write-offs', numeric: true }, { key: 'amount', label: 'Amount', numeric: true, fmt: money },
    ]} />
    <h2>Appeals</h2>
    <div class="cards">
      <div class="card ${a.atRisk ? 'warn' : ''}"><b id="appeals-at-risk"><${DrillNumber} id="appeals-at-risk-link" value=${a.atRisk}
        onOpen=${open({ kind: 'appeals', path: '/api/reports/appeals/at-risk', params: {}, title: 'Appeals due within 14 days', name: 'appeals-at-risk' })} /></b>
        at risk (${money(a.atRiskAmount)})</div>
      <div class="card"><b id="overturn-rate">${pct(a.overturnRate)}</b> overturned (${a.overturned} of ${a.decided})</div>
      <div class="card"><b id="recovered">${money(a.recovered)}</b> recovered</div>
    </div>
    <h2>Drug economics</h2>
    <${BarChart} id="margin-chart" labels=${drugs.drugs.map((d) => d.hcpcs + ' ' + d.ndc11)}
      datasets=${[{ label: 'Paid ($)', data: drugs.drugs.map((d) => Number(d.paid)), backgroundColor: '#4c9a6a' },
        { label: 'Acquisition cost ($)', data: drugs.drugs.map((d) => Number(d.acquisitionCost)), backgroundColor: '#c8423b' }]} />
    <${DataTable} id="drug-table" name="drug-margin" rows=${drugs.drugs} columns=${[
      { key: 'ndc11', label: 'NDC', onClick: (d) => setDrill({ kind: 'claims', path: '/api/reports/drugs/' + d.ndc11 + '/claims', params: {}, title: 'Claims with NDC ' + d.ndc11, name: 'claims-' + d.ndc11 }) },
      { key: 'hcpcs', label: 'HCPCS' },
      { key: 'unitsBilled', label: 'Units billed', numeric: true },
      { key: 'paid', label: 'Paid', numeric: true, fmt: money },
      { key: 'acquisitionCost', label: 'Acquisition cost', numeric: true, fmt: money },
      { key: 'margin', label: 'Margin', numeric: true, fmt: money },
      { key: 'patientResponsibility', label: 'Patient responsibility', numeric: true, fmt: money },
      { key: 'marginWithPatientResponsibility', label: 'Margin incl. patient', numeric: true, fmt: money },
      { key: 'jwCharges', label: 'JW charges', numeric: true, fmt: money },
      { key: 'jwShare', label: 'JW share', numeric: true, fmt: pct },
    ]} />
    <div class="cards">
      <div class="card"><b id="jw-share">${pct(drugs.jwShare)}</b> JW waste share (${money(drugs.jwCharges)})</div>
      <div class="card"><b id="inventory-variance"><a href="#/inventory">${money(drugs.inventory.varianceDollars)}</a></b> inventory variance (${num(drugs.inventory.varianceUnits)} units)</div>
      <div class="card"><b id="expired-dollars"><a href="#/inventory">${money(drugs.inventory.expiredDollars)}</a></b> expired stock</div>
      <div class="card"><b id="dispensed-not-billed"><a href="#/inventory">${num(drugs.inventory.dispensedNotBilledUnits)}</a></b> units dispensed, not billed</div>
    </div>
  </section>`;
}
