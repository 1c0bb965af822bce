import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { api, logout } from './api.js';
import { Worklist } from './worklist.js';
import { TaskView } from './task.js';
import { EpisodeView } from './episode.js';
import { Dashboard } from './dashboard.js';
import { AuditView } from './audit.js';
import { StartReferral } from './referral.js';
import { UsersPage } from './users.js';
import { ClaimPage } from './claim.js';
import { RevenuePage } from './reports.js';
import { InventoryPage } from './inventory.js';
import { startIdleLogoff } from './idle.js';
import './style.css';

function useRoute() {
  const [hash, setHash] = useState(window.location.hash || '#/worklist');
  useEffect(() => {
    const on = () => setHash(window.location.hash || '#/worklist');
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash.slice(1).split('/').filter(Boolean);
}

function App() {
  const [me, setMe] = useState(null);
  const route = useRoute();
  useEffect(() => {
    api('/api/me').then((m) => {
      setMe(m);
      startIdleLogoff(m.idleTimeoutSeconds);
    });
  }, []);
  if (!me) return html`<p class="loading">Loading…</p>`;
  const manager = me.roles.includes('MANAGER') || me.roles.includes('ADMIN');
  const intake = manager || me.roles.includes('COORDINATOR');
  const admin = me.roles.includes('ADMIN');
  const [page, arg] = route;
  let body;
  if (page === 'task' && arg) body = html`<${TaskView} key=${arg} taskKey=${arg} me=${me} />`;
  else if (page === 'episode' && arg) body = html`<${EpisodeView} key=${arg} instanceKey=${arg} />`;
  else if (page === 'claim' && arg) body = html`<${ClaimPage} key=${arg} claimId=${arg} />`;
  else if (page === 'referral' && intake) body = html`<${StartReferral} />`;
  else if (page === 'dashboard' && manager) body = html`<${Dashboard} />`;
  else if (page === 'revenue' && manager) body = html`<${RevenuePage} />`;
  else if (page === 'inventory' && manager) body = html`<${InventoryPage} />`;
  else if (page === 'audit' && manager) body = html`<${AuditView} />`;
  else if (page === 'users' && admin) body = html`<${UsersPage} me=${me} />`;
  else body = html`<${Worklist} me=${me} manager=${manager} />`;
  const link = (href, label, id) =>
    html`<a href=${href} id=${id} class=${'#/' + (page || 'worklist') === href ? 'active' : ''}>${label}</a>`;
  return html`
    <header>
      <strong>Infusion Billing Workflows</strong>
      <nav>
        ${link('#/worklist', 'Worklist', 'nav-worklist')}
        ${intake && link('#/referral', 'Start a referral', 'nav-referral')}
        ${manager && link('#/dashboard', 'SLA dashboard', 'nav-dashboard')}
        ${manager && link('#/revenue', 'Revenue', 'nav-revenue')}
        ${manager && link('#/inventory', 'Inventory', 'nav-inventory')}
        ${manager && link('#/audit', 'Audit log', 'nav-audit')}
        ${admin && link('#/users', 'Users', 'nav-users')}
      </nav>
      <span class="user" id="current-user">${me.username} · ${me.roles.join(', ').toLowerCase()}</span>
      <button class="link" id="logout" onClick=${logout}>Sign out</button>
    </header>
    <main>${body}</main>`;
}

render(html`<${App} />`, document.getElementById('app'));
