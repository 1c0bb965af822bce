import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { api, cookie } from './api.js';
import { BarChart, DataTable, money } from './reports.js';

// Inventory page (managers): lots with their stock, the latest reconciliation's findings (each
// drilling down to its lot), a manual receipt, an invoice CSV upload and "Reconcile now".

const LOT_COLUMNS = [
  { key: 'id', label: 'Lot ID' },
  { key: 'ndc11', label: 'NDC' },
  { key: 'hcpcs', label: 'HCPCS' },
  { key: 'lot', label: 'Lot' },
  { key: 'expiry', label: 'Expiry' },
  { key: 'source', label: 'Source' },
  { key: 'quantity', label: 'Received', numeric: true },
  { key: 'onHandContainers', label: 'On hand', numeric: true },
  { key: 'unitCost', label: 'Unit cost', numeric: true, fmt: money },
  { key: 'supplierInvoice', label: 'Invoice' },
];

const FINDING_COLUMNS = [
  { key: 'lotId', label: 'Lot ID' },
  { key: 'hcpcs', label: 'HCPCS' },
  { key: 'lot', label: 'Lot' },
  { key: 'source', label: 'Source' },
  { key: 'purchasedUnits', label: 'Purchased', numeric: true },
  { key: 'dispensedUnits', label: 'Dispensed', numeric: true },
  { key: 'billedUnits', label: 'Billed', numeric: true },
  { key: 'varianceUnits', label: 'Variance (units)', numeric: true },
  { key: 'varianceDollars', label: 'Variance', numeric: true, fmt: money },
  { key: 'expiredContainers', label: 'Expired', numeric: true },
  { key: 'expiringContainers', label: 'Expiring ≤ 30 d', numeric: true },
  { key: 'severity', label: 'Severity' },
  { key: 'cause', label: 'Cause' },
];

function ManualReceipt({ onDone }) {
  const [r, setR] = useState({ ndc: '', lot: '', expiry: '', quantity: '', unitCost: '', invoiceNumber: '', receivedOn: '', source: 'BUY_AND_BILL' });
  const [msg, setMsg] = useState(null);
  const field = (k, label, type = 'text') => html`<label>${label}<input id=${'receipt-' + k} type=${type} required value=${r[k]} onInput=${(e) => setR({ ...r, [k]: e.target.value })} /></label>`;
  const submit = (e) => {
    e.preventDefault();
    api('/api/inventory/receipts', { method: 'POST', body: { ...r, quantity: Number(r.quantity), unitCost: Number(r.unitCost) } })
      .then(() => { setMsg('Lot received.'); onDone(); })
      .catch((err) => setMsg(err.message));
  };
  return html`<form class="user-form" id="manual-receipt" onSubmit=${submit}>
    <b>Receive a lot by hand</b>
    ${field('ndc', 'NDC')} ${field('lot', 'Lot')} ${field('expiry', 'Expiry', 'date')} ${field('quantity', 'Containers', 'number')}
    ${field('unitCost', 'Unit cost ($)', 'number')} ${field('invoiceNumber', 'Invoice number')} ${field('receivedOn', 'Received on', 'date')}
    <label>Source<select id="receipt-source" value=${r.source} onChange=${(e) => setR({ ...r, source: e.target.value })}>
      <option value="BUY_AND_BILL">Buy and bill</option><option value="PATIENT_ASSISTANCE">Patient assistance (never billed)</option></select></label>
    <button class="primary">Receive</button>${msg && html`<p id="receipt-message">${msg}</p>`}
  </form>`;
}

function InvoiceUpload({ onDone }) {
  const [msg, setMsg] = useState(null);
  const submit = async (e) => {
    e.preventDefault();
    const body = new FormData(e.target);
    const res = await fetch('/api/inventory/receipts', {
      method: 'POST', body, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') || '' },
    });
    const data = await res.json().catch(() => ({}));
    if (res.ok) { setMsg(data.lotIds.length + ' lots received.'); onDone(); } else setMsg(data.detail || 'Refused');
  };
  return html`<form class="user-form" id="invoice-upload" onSubmit=${submit}>
    <b>Import a distributor invoice (CSV)</b>
    <input type="file" name="file" accept=".csv,text/csv" required />
    <button class="primary">Import</button>${msg && html`<p id="upload-message">${msg}</p>`}
  </form>`;
}

export function InventoryPage() {
  const [lots, setLots] = useState(null);
  const [run, setRun] = useState(undefined);
  const [selected, setSelected] = useState(null);
  const [note, setNote] = useState(null);
  const load = () => {
    api('/api/inventory/lots').then(setLots);
    api('/api/inventory/reconciliations/latest').then(setRun).catch(() => setRun(null));
  };
  useEffect(load, []);
  if (!lots || run === undefined) return html`<p class="loading">Loading inventory…</p>`;
  const findings = run ? run.findings : [];
  const lot = selected && lots.find((l) => l.id === selected);
  const reconcile = () => api('/api/inventory/reconciliations', { method: 'POST' })
    .then(() => setNote('Reconciliation started; findings appear here when it has run.'));
  return html`<section class="dashboard" id="inventory-page">
    <h1>Drug inventory</h1>
    <p><button class="primary" id="reconcile-now" onClick=${reconcile}>Reconcile now</button> ${note && html`<span id="reconcile-note">${note}</span>`}</p>
    <h2>Latest reconciliation</h2>
    ${run ? html`<p class="muted" id="reconciliation-summary">Run ${run.id} as of ${run.asOf} (${run.trigger.toLowerCase()}): ${run.lotsChecked} lots, ${findings.length} findings</p>
      <div class="cards">
        <div class="card"><b id="variance-dollars">${money(findings.reduce((s, f) => s + Number(f.varianceDollars), 0))}</b> variance</div>
        <div class="card bad"><b id="high-severity">${findings.filter((f) => f.severity === 'HIGH').length}</b> billed over dispensed</div>
        <div class="card warn"><b id="expired-lots">${findings.filter((f) => Number(f.expiredContainers) > 0).length}</b> lots with expired stock</div>
      </div>
      <${BarChart} id="variance-chart" labels=${findings.map((f) => f.hcpcs + ' ' + f.lot)}
        datasets=${[{ label: 'Variance (units: dispensed − billed)', data: findings.map((f) => Number(f.varianceUnits)), backgroundColor: '#e0a32e' }]} />
      <${DataTable} id="finding-table" name="inventory-findings" rows=${findings}
        columns=${FINDING_COLUMNS.map((c) => (c.key === 'lotId' ? { ...c, onClick: (r) => setSelected(r.lotId) } : c))} />`
      : html`<p class="muted" id="reconciliation-summary">No reconciliation yet.</p>`}
    ${lot && html`<div class="drill" id="lot-drill"><h3>Lot ${lot.lot} <button class="link" onClick=${() => setSelected(null)}>close</button></h3>
      <${DataTable} id="lot-table" name=${'lot-' + lot.id} rows=${[lot]} columns=${LOT_COLUMNS} /></div>`}
    <h2>Lots</h2>
    <${DataTable} id="lots-table" name="inventory-lots" rows=${lots} columns=${LOT_COLUMNS} />
    <h2>Receive stock</h2>
    <div class="cards"><${ManualReceipt} onDone=${load} /><${InvoiceUpload} onDone=${load} /></div>
  </section>`;
}
