import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { api } from './api.js';
import { fmtDate } from './worklist.js';
import { Timeline } from './episode.js';
import { formRules, showServerError } from './formRules.js';
import { TaskClaim } from './claim.js';

const CORRECT = 'Please correct the highlighted fields.';

// A task: its linked Camunda form rendered by the official form-js viewer (watermark kept),
// prefilled with the task's variables, and beside it the context a coordinator needs.
export function TaskView({ taskKey, me }) {
  const [task, setTask] = useState(null);
  const [context, setContext] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const container = useRef(null);
  const form = useRef(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const t = await api(`/api/worklist/tasks/${taskKey}`);
        if (cancelled) return;
        setTask(t);
        api(`/api/worklist/tasks/${taskKey}/context`).then(setContext).catch(() => setContext(null));
        const schema = await api(`/api/worklist/tasks/${taskKey}/form`);
        if (schema && container.current && !cancelled) {
          // the form's date rules (docs/forms.md) against the server's today
          form.current = new Form({ container: container.current, additionalModules: [formRules(t.today)] });
          await form.current.importSchema(schema, t.variables || {});
          // "please correct" goes once nothing is highlighted any more
          form.current.on('changed', (state) => {
            if (Object.keys(state.errors || {}).length === 0) setError((e) => (e === CORRECT ? null : e));
          });
        }
      } catch (e) {
        setError(e.message);
      }
    })();
    return () => {
      cancelled = true;
      if (form.current) form.current.destroy();
    };
  }, [taskKey]);

  async function claim() {
    try {
      await api(`/api/worklist/tasks/${taskKey}/claim`, { method: 'POST' });
      setTask({ ...task, task: { ...task.task, assignee: me.username } });
    } catch (e) {
      setError(e.message);
    }
  }

  async function complete() {
    setError(null);
    let variables = {};
    if (form.current) {
      const { data, errors } = form.current.submit();
      if (Object.keys(errors).length > 0) {
        setError(CORRECT);
        return;
      }
      variables = data;
    }
    setBusy(true);
    try {
      await api(`/api/worklist/tasks/${taskKey}/completion`, { method: 'POST', body: { variables } });
      sessionStorage.setItem('notice', `Task “${task.task.name}” completed.`);
      window.location.hash = '#/worklist';
    } catch (e) {
      if (e.status === 409 || e.status === 404) {
        sessionStorage.setItem('notice', e.message);
        window.location.hash = '#/worklist';
        window.location.reload();
        return;
      }
      // a 400 names the field: shown under it in the form and beside the buttons
      setError(e.problem.field ? showServerError(form.current, e.problem) : 'Could not complete the task: ' + e.message);
    } finally {
      setBusy(false);
    }
  }

  if (error && !task) return html`<div class="error" id="task-error">${error}</div>`;
  if (!task) return html`<p class="loading">Loading task…</p>`;
  const t = task.task;
  const mine = t.assignee === me.username;
  return html`
    <section class="task-view">
      <p><a href="#/worklist">‹ Back to the worklist</a></p>
      <h1 id="task-name">${t.name}</h1>
      <p class="meta">Due ${fmtDate(t.due)}
        ${t.overdue && html` <span class="badge overdue">overdue</span>`}
        ${t.atRisk && html` <span class="badge at-risk">at risk</span>`}
        · ${t.assignee ? 'assigned to ' + t.assignee : 'unassigned'}
        · <a href=${'#/episode/' + t.processInstanceKey} id="episode-link">Episode diagram</a></p>
      <div class="task-layout">
        <div class="form-column">
          <div ref=${container} id="task-form" class="task-form"></div>
          ${error && html`<div class="error" id="task-error" role="alert">${error}</div>`}
          <div class="buttons">
            ${!t.assignee && html`<button id="claim" onClick=${claim}>Claim</button>`}
            <button id="complete" class="primary" disabled=${busy || !mine} onClick=${complete}
              title=${mine ? '' : 'Claim the task first'}>Complete</button>
          </div>
        </div>
        <aside class="context" id="context-panel">
          ${task.variables && task.variables.claimId != null && html`<${TaskClaim} claimId=${task.variables.claimId} />`}
          ${context ? html`<${Context} c=${context} />` : html`<p class="muted">No episode context for this task.</p>`}</aside>
      </div>
    </section>`;
}

function Row({ label, value }) {
  return html`<tr><th>${label}</th><td>${value ?? '—'}</td></tr>`;
}

function Context({ c }) {
  const p = c.patient || {};
  const o = c.order || {};
  const cov = c.coverage || {};
  const a = c.authorization;
  return html`
    <h2>Patient</h2>
    <table class="kv"><${Row} label="Name" value=${p.name} /><${Row} label="MRN" value=${p.mrn} />
      <${Row} label="Date of birth" value=${p.dateOfBirth} /></table>
    <h2>Therapy order</h2>
    <table class="kv"><${Row} label="Drug" value=${o.drug} /><${Row} label="Dose" value=${o.dose} />
      <${Row} label="Frequency" value=${o.frequency} /><${Row} label="Site of care" value=${o.siteOfCare} /></table>
    <h2>Payer</h2>
    <table class="kv"><${Row} label="Payer" value=${cov.payer} /><${Row} label="Member ID" value=${cov.memberId} />
      <${Row} label="Benefit" value=${cov.benefit} /></table>
    <h2>Authorization</h2>
    ${a ? html`<table class="kv"><${Row} label="Number" value=${a.number} /><${Row} label="Status" value=${a.status} />
        <${Row} label="Units" value=${a.unitsApproved != null ? `${a.unitsUsed ?? 0} used / ${a.unitsRemaining} remaining of ${a.unitsApproved}` : null} />
        <${Row} label="Valid" value=${a.startDate ? a.startDate + ' – ' + a.endDate : null} /></table>`
      : html`<p class="muted">None yet.</p>`}
    ${c.deadline && html`<p><strong>Deadline:</strong> ${fmtDate(c.deadline)}</p>`}
    <h2>Timeline</h2>
    <${Timeline} events=${c.timeline || []} />`;
}
