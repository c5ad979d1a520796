// The control plane as the page and the API reference call it: same origin, and the admin token
// (when the server has one) taken once from ?token= into sessionStorage, sent as Bearer.
const TOKEN_KEY = "pinpoint-mock-admin-token";

/** The admin token of this tab, moved out of the address bar on first sight. */
export function adminToken() {
  const url = new URL(window.location.href);
  const given = url.searchParams.get("token");
  if (given !== null) {
    window.sessionStorage.setItem(TOKEN_KEY, given);
    url.searchParams.delete("token");
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

/** An error answered by the mock, in the AWS shape (X-Amzn-ErrorType, {"Message"}). */
export class MockError extends Error {
  constructor(status, type, message) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

/** GET a control-plane path (below /_mock/), parsed as JSON; a MockError for a non-2xx. */
export async function getJSON(root, path, token) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(new URL(path, root), { headers, cache: "no-store" });
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const type = response.headers.get("X-Amzn-ErrorType") || `HTTP ${response.status}`;
    const message = (body && body.Message) || text.slice(0, 300) || response.statusText;
    throw new MockError(response.status, type, message);
  }
  return body;
}
