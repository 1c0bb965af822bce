import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { api } from './api.js';
import { fmtDate } from './worklist.js';

// A claim version as GET /api/claims/{id} returns it: lines, the scrub's edits, the 999/277CA
// acknowledgements in plain English, and its history. Used beside claim tasks, on the episode view
// and on its own page (#/claim/<id>).

const money = (v) => (v == null ? '—' : '$' + Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

export function ClaimDetails({ claim: c, compact }) {
  return html`<div class="claim" id=${'claim-' + c.claimId} data-claim-id=${c.claimId}>
    <table class="kv">
      <tr><th>Claim</th><td><a href=${'#/claim/' + c.claimId}>${c.claimId}</a> · version ${c.version} · frequency ${c.frequencyCode} · ${c.claimType}</td></tr>
      <tr><th>Status</th><td><span class=${'status status-' + c.status} id="claim-status">${c.status}</span></td></tr>
      <tr><th>Payer</th><td>${c.payerId}${c.payerResponsibility === 'S' ? html` · secondary, after <a href=${'#/claim/' + c.primaryClaimId}>claim ${c.primaryClaimId}</a>` : ''}${c.payerClaimControlNumber ? ' · payer claim ' + c.payerClaimControlNumber : ''}</td></tr>
      <tr><th>Date of service</th><td>${c.dateOfService} · ${c.siteOfCare}</td></tr>
      <tr><th>Filing deadline</th><td>${c.filingDeadline}${c.filedAt ? ' · filed ' + fmtDate(c.filedAt) : ' · not filed yet'}</td></tr>
      <tr><th>Total charge</th><td>${money(c.totalCharge)} (expected ${money(c.totalExpectedAllowed)})</td></tr>
      <tr><th>Submission</th><td>${c.submissionAttempt ? 'attempt ' + c.submissionAttempt : 'not sent yet'}${c.interchangeControlNumber ? ' · interchange ' + c.interchangeControlNumber : ''} · CLM01 ${c.patientControlNumber}</td></tr>
    </table>
    <h3>Lines</h3>
    <table class="tasks claim-lines">
      <thead><tr><th>#</th><th>Code</th><th>Units</th><th>NDC</th><th class="num">Charge</th><th class="num">Expected</th>${!compact && html`<th>Rule</th>`}</tr></thead>
      <tbody>${c.lines.map((l) => html`<tr title=${l.explanation || ''}>
        <td>${l.lineNumber}</td><td>${l.code}${l.modifiers.length ? '-' + l.modifiers.join('-') : ''}${l.revenueCode ? html` <span class="muted">rev ${l.revenueCode}</span>` : ''}</td>
        <td class="num">${l.units}</td><td>${l.ndc ? `${l.ndc} × ${l.ndcQuantity} ${l.ndcUnit}` : '—'}</td>
        <td class="num">${money(l.charge)}</td><td class="num">${money(l.expectedAllowed)}</td>${!compact && html`<td>${l.ruleId}</td>`}</tr>`)}</tbody>
    </table>
    <h3>Edits</h3>
    ${c.edits.length === 0 ? html`<p class="muted">None.</p>` : html`<ul class="edits">${c.edits.map((e) => html`<li class=${e.severity === 'ERROR' ? 'bad' : 'warn'}>
      <b>${e.severity} ${e.code}</b>${e.line ? ` (line ${e.line})` : ''}: ${e.message}</li>`)}</ul>`}
    <h3>Acknowledgements</h3>
    ${c.acknowledgements.length === 0 ? html`<p class="muted">None yet.</p>` : html`<ul class="acks" id="claim-acks">${c.acknowledgements.map((a) => html`<li class=${a.accepted ? '' : 'bad'}>
      <b>${a.type}</b> attempt ${a.attempt}: ${a.accepted ? 'accepted' : 'rejected'} (${a.codes}) ${a.explanation}
      ${a.payerText ? html` <q>${a.payerText}</q>` : ''} <span class="muted">${fmtDate(a.receivedAt)}</span></li>`)}</ul>`}
    ${!compact && html`<h3>History</h3><ol class="timeline">${c.history.map((h) => html`<li><time>${fmtDate(h.at)}</time>
      ${h.event.replaceAll('_', ' ').toLowerCase()}${h.fromStatus && h.fromStatus !== h.toStatus ? ` (${h.fromStatus} → ${h.toStatus})` : ''}: ${h.detail || ''} <span class="muted">${h.actor}</span></li>`)}</ol>`}
  </div>`;
}

/** Beside a task: the claim named by the task's claimId variable. */
export function TaskClaim({ claimId }) {
  const [claim, setClaim] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    api(`/api/claims/${claimId}`).then(setClaim).catch((e) => setError(e.message));
  }, [claimId]);
  if (error) return html`<section id="task-claim"><h2>Claim</h2><p class="muted">Claim ${claimId}: ${error}</p></section>`;
  if (!claim) return html`<p class="loading">Loading claim…</p>`;
  return html`<section id="task-claim"><h2>Claim</h2><${ClaimDetails} claim=${claim} compact=${true} /></section>`;
}

/** On the episode view: every claim version of the episode. */
export function EpisodeClaims({ episodeId }) {
  const [claims, setClaims] = useState(null);
  useEffect(() => {
    api(`/api/claims?episodeId=${episodeId}`).then(setClaims).catch(() => setClaims([]));
  }, [episodeId]);
  if (!claims) return null;
  return html`<section id="episode-claims"><h2>Claims</h2>
    ${claims.length === 0 ? html`<p class="muted">No claim yet.</p>` : html`<table class="tasks">
      <thead><tr><th>Claim</th><th>Visit</th><th>Type</th><th>Date of service</th><th>Status</th><th class="num">Charge</th><th>Filing deadline</th></tr></thead>
      <tbody>${claims.map((c) => html`<tr data-claim-id=${c.claimId}><td><a href=${'#/claim/' + c.claimId}>${c.claimId} v${c.version}</a></td>
        <td>${c.visitId}</td><td>${c.claimType}</td><td>${c.dateOfService}</td><td>${c.status}</td><td class="num">${money(c.totalCharge)}</td><td>${c.filingDeadline}</td></tr>`)}</tbody></table>`}
  </section>`;
}

/** #/claim/<id> */
export function ClaimPage({ claimId }) {
  const [claim, setClaim] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    api(`/api/claims/${claimId}`).then(setClaim).catch((e) => setError(e.message));
  }, [claimId]);
  return html`<section class="claim-page">
    <p><a href="#/worklist">‹ Back to the worklist</a>${claim && claim.processInstanceKey ? html` · <a href=${'#/episode/' + claim.processInstanceKey}>Claim submission diagram</a>` : ''}</p>
    <h1>Claim ${claimId}</h1>
    ${error && html`<div class="error">${error}</div>`}
    ${claim ? html`<${ClaimDetails} claim=${claim} />` : !error && html`<p class="loading">Loading…</p>`}
  </section>`;
}

/** The dashboard's claims panel: claims per status, each drilling down to its claims. */
export function ClaimsPanel({ claims }) {
  const [status, setStatus] = useState(null);
  const [items, setItems] = useState(null);
  useEffect(() => {
    if (!status) return;
    setItems(null);
    api(`/api/dashboard/claims?status=${status}`).then(setItems);
  }, [status]);
  return html`<div id="claims-panel">
    <div class="cards">${Object.entries(claims.byStatus).map(([s, n]) => html`<div class=${'card ' + (s === 'REJECTED' || s === 'SCRUB_FAILED' ? (n ? 'bad' : '') : '')}>
      <b><a href="javascript:void 0" class="claims-drill" data-status=${s} id=${'claims-' + s} onClick=${() => setStatus(s)}>${n}</a></b> ${s.replaceAll('_', ' ').toLowerCase()}</div>`)}</div>
    ${status && html`<div class="drill" id="claims-drill"><h3>Claims ${status.replaceAll('_', ' ').toLowerCase()} <button class="link" onClick=${() => setStatus(null)}>close</button></h3>
      ${!items ? html`<p>Loading…</p>` : items.length === 0 ? html`<p class="muted">None.</p>` : html`<table class="tasks" id="claims-drill-table">
        <thead><tr><th>Claim</th><th>Type</th><th>Payer</th><th>Date of service</th><th>Filing deadline</th><th class="num">Charge</th><th>Changed</th></tr></thead>
        <tbody>${items.map((c) => html`<tr data-claim-id=${c.claimId}><td><a href=${'#/claim/' + c.claimId}>${c.claimId} v${c.version}</a></td><td>${c.claimType}</td>
          <td>${c.payerId}</td><td>${c.dateOfService}</td><td>${c.filingDeadline}</td><td class="num">${money(c.totalCharge)}</td><td>${fmtDate(c.updatedAt)}</td></tr>`)}</tbody></table>`}
    </div>`}
  </div>`;
}
