// The administrators' Users page over /api/admin/users: every user with roles, candidate groups and
// state; add a user; per user, set roles and groups, reset the password, disable or enable. The
// server checks everything again (400 naming the field, shown beside the form) and audits each
// change.
import { useEffect, useState } from 'preact/hooks';
import { html } from 'htm/preact';
import { api } from './api.js';

const ROLE_LABELS = { COORDINATOR: 'coordinator', MANAGER: 'manager', ADMIN: 'admin' };

function toggle(list, value) {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

function AccessFields({ options, roles, groups, onRoles, onGroups, prefix }) {
  const extra = groups.filter((g) => !options.groups.includes(g));
  return html`
    <fieldset class="access">
      <legend>Roles</legend>
      ${options.roles.map(
        (r) => html`<label><input type="checkbox" id=${`${prefix}-role-${r}`} checked=${roles.includes(r)}
          onChange=${() => onRoles(toggle(roles, r))} /> ${ROLE_LABELS[r] || r}</label>`,
      )}
    </fieldset>
    <fieldset class="access">
      <legend>Candidate groups</legend>
      ${options.groups.map(
        (g) => html`<label><input type="checkbox" id=${`${prefix}-group-${g}`} checked=${groups.includes(g)}
          onChange=${() => onGroups(toggle(groups, g))} /> ${g}</label>`,
      )}
      <label>other groups <input id=${`${prefix}-groups-other`} placeholder="comma separated" value=${extra.join(', ')}
        onChange=${(e) =>
          onGroups(
            [...groups.filter((g) => options.groups.includes(g)),
             ...e.target.value.split(',').map((s) => s.trim()).filter(Boolean)].sort(),
          )} /></label>
    </fieldset>`;
}

function NewUser({ options, onCreated }) {
  const empty = { username: '', displayName: '', password: '', roles: ['COORDINATOR'], groups: [] };
  const [user, setUser] = useState(empty);
  const [error, setError] = useState(null);
  const set = (k) => (e) => setUser({ ...user, [k]: e.target.value });
  const submit = async (e) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await api('/api/admin/users', { method: 'POST', body: user });
      setUser(empty);
      onCreated(created);
    } catch (err) {
      setError(err);
    }
  };
  return html`
    <form id="new-user" class="user-form" onSubmit=${submit}>
      <h2>Add a user</h2>
      <label>User name <input id="new-username" value=${user.username} onInput=${set('username')} required
        placeholder="lower case, e.g. casey.lee" /></label>
      <label>Name <input id="new-display-name" value=${user.displayName} onInput=${set('displayName')} /></label>
      <label>First password <input id="new-password" type="password" autocomplete="new-password"
        value=${user.password} onInput=${set('password')} required minlength="12" placeholder="12 characters or more" /></label>
      <${AccessFields} options=${options} roles=${user.roles} groups=${user.groups} prefix="new"
        onRoles=${(roles) => setUser({ ...user, roles })} onGroups=${(groups) => setUser({ ...user, groups })} />
      ${error && html`<p class="error" id="new-user-error" data-field=${error.problem.field || ''}>${error.message}</p>`}
      <div class="buttons"><button class="primary" type="submit" id="create-user">Add user</button></div>
    </form>`;
}

function EditUser({ options, user, me, onSaved, onClose }) {
  const [roles, setRoles] = useState(user.roles);
  const [groups, setGroups] = useState(user.groups);
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  const run = async (action, message) => {
    setError(null);
    setNotice(null);
    try {
      const result = await action();
      setNotice(message);
      onSaved(result);
    } catch (err) {
      setError(err);
    }
  };
  const path = '/api/admin/users/' + encodeURIComponent(user.username);
  return html`
    <div class="user-form" id="edit-user">
      <h2>${user.displayName} (${user.username})</h2>
      <${AccessFields} options=${options} roles=${roles} groups=${groups} prefix="edit"
        onRoles=${setRoles} onGroups=${setGroups} />
      <div class="buttons">
        <button class="primary" id="save-access"
          onClick=${() => run(() => api(path + '/access', { method: 'PUT', body: { roles, groups } }), 'Roles and groups saved.')}>
          Save roles and groups</button>
      </div>
      <h2>Reset password</h2>
      <label>New password <input id="reset-password" type="password" autocomplete="new-password" value=${password}
        onInput=${(e) => setPassword(e.target.value)} placeholder="12 characters or more" /></label>
      <div class="buttons">
        <button id="save-password" disabled=${!password}
          onClick=${() => run(async () => { await api(path + '/password', { method: 'PUT', body: { password } }); setPassword(''); return null; },
            'Password reset. The user signs in with the new one.')}>Reset password</button>
      </div>
      <h2>Sign-in</h2>
      <div class="buttons">
        ${user.enabled
          ? html`<button id="disable-user" disabled=${user.username === me.username}
              onClick=${() => run(() => api(path + '/disable', { method: 'POST' }), 'User disabled; their sessions ended.')}>Disable user</button>`
          : html`<button id="enable-user"
              onClick=${() => run(() => api(path + '/enable', { method: 'POST' }), 'User enabled.')}>Enable user</button>`}
        <button class="link" onClick=${onClose}>Close</button>
      </div>
      ${notice && html`<p class="notice" id="edit-user-notice">${notice}</p>`}
      ${error && html`<p class="error" id="edit-user-error" data-field=${error.problem.field || ''}>${error.message}</p>`}
    </div>`;
}

export function UsersPage({ me }) {
  const [users, setUsers] = useState(null);
  const [options, setOptions] = useState(null);
  const [editing, setEditing] = useState(null);
  const [error, setError] = useState(null);
  const load = () => api('/api/admin/users').then(setUsers).catch((e) => setError(e.message));
  useEffect(() => {
    load();
    api('/api/admin/users/options').then(setOptions).catch((e) => setError(e.message));
  }, []);
  const saved = (user) => {
    load();
    if (user) setEditing(user);
  };
  const selected = editing && users && users.find((u) => u.username === editing.username);
  return html`
    <section>
      <h1>Users</h1>
      ${error && html`<p class="error">${error}</p>`}
      <div class="task-layout">
        <div>
          ${users && html`<table class="tasks" id="users-table">
            <thead><tr><th>User</th><th>Name</th><th>Roles</th><th>Groups</th><th>State</th><th></th></tr></thead>
            <tbody>${users.map(
              (u) => html`<tr data-username=${u.username} class=${u.enabled ? '' : 'muted'}>
                <td>${u.username}</td><td>${u.displayName}</td>
                <td>${u.roles.map((r) => ROLE_LABELS[r] || r).join(', ')}</td>
                <td>${u.groups.join(', ')}</td>
                <td class="state">${u.enabled ? 'active' : 'disabled'}</td>
                <td class="actions"><button class="edit" onClick=${() => setEditing(u)}>Edit</button></td>
              </tr>`,
            )}</tbody>
          </table>`}
        </div>
        <div>
          ${options && selected
            ? html`<${EditUser} key=${selected.username + selected.enabled} options=${options} user=${selected} me=${me}
                onSaved=${saved} onClose=${() => setEditing(null)} />`
            : options && html`<${NewUser} options=${options} onCreated=${(u) => { load(); setEditing(u); }} />`}
        </div>
      </div>
    </section>`;
}
