// The page at /_mock/: applications, campaigns and their activities, polled from the control
// plane once a second (a new poll only after the last one ended, none while the tab is hidden).
import { adminToken, getJSON, MockError } from "./control.js";

const POLL_MS = 1000;
const PAGE_SIZE = 100; // the API's largest page: the first page of each campaign is shown
const MAX_CAMPAIGNS = 20; // campaigns whose activities and runs are read per poll
const ROOT = new URL("../", import.meta.url); // /_mock/
const SHOWN = new Set([
  "Id", "ApplicationId", "CampaignId", "TreatmentId", "State", "Result", "ScheduledStart",
  "Start", "End", "SuccessfulEndpointCount", "TotalEndpointCount", "TimezonesTotalCount",
  "TimezonesCompletedCount",
]);
const token = adminToken();
let lastRendered = "";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name === "class") node.className = value;
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A labelled bar of done/total (role=progressbar, so the numbers are in the DOM too). */
function progress(kind, done, total) {
  const known = Number.isFinite(done) && Number.isFinite(total) && total > 0;
  const share = known ? Math.min(1, Math.max(0, done / total)) : 0;
  const label = Number.isFinite(total) ? `${done ?? 0} / ${total}` : "—";
  return el(
    "div",
    {
      class: `progress ${kind}`,
      role: "progressbar",
      "aria-label": kind,
      "aria-valuemin": 0,
      "aria-valuemax": Number.isFinite(total) ? total : undefined,
      "aria-valuenow": Number.isFinite(done) ? done : undefined,
      "data-done": Number.isFinite(done) ? done : "",
      "data-total": Number.isFinite(total) ? total : "",
    },
    el("div", { class: "bar", style: `width: ${(share * 100).toFixed(1)}%` }),
    el("span", { class: "numbers" }, label),
  );
}

function when(value) {
  if (!value) return el("span", { class: "none" }, "—");
  return el("time", { datetime: value, title: value }, value.replace("T", " ").replace(/\.\d+Z$|Z$/, "Z"));
}

/** The properties of an item that have no column (a spec edit may add some): "More". */
function extraOf(item) {
  return Object.entries(item).filter(([key]) => !SHOWN.has(key));
}

function activityRow(item, withExtra) {
  const state = String(item.State ?? "");
  const result = item.Result === undefined ? "" : String(item.Result);
  return el(
    "tr",
    { class: "activity", "data-activity-id": item.Id, "data-state": state, "data-result": result },
    el("td", { class: "id", title: item.Id }, item.Id),
    el("td", {}, item.TreatmentId ?? "—"),
    el("td", {}, el("span", { class: `badge state state-${state.toLowerCase()}` }, state || "—")),
    el("td", {}, result ? el("span", { class: `badge result result-${result.toLowerCase()}` }, result) : "—"),
    el("td", {}, when(item.ScheduledStart)),
    el("td", {}, when(item.Start)),
    el("td", {}, when(item.End)),
    el("td", {}, progress("timezones", item.TimezonesCompletedCount, item.TimezonesTotalCount)),
    el("td", {}, progress("endpoints", item.SuccessfulEndpointCount, item.TotalEndpointCount)),
    withExtra
      ? el("td", { class: "extra" }, extraOf(item).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join("; "))
      : null,
  );
}

/** The campaign's runs (ListRuns), one line each: what drives its activities. */
function runList(runs) {
  if (!runs || runs instanceof MockError || !runs.Item || !runs.Item.length) return null;
  return el(
    "ul",
    { class: "runs" },
    ...runs.Item.map((run) => {
      const schedule = run.Schedule || {};
      const every = schedule.Frequency && schedule.Frequency !== "ONCE" ? `${schedule.Frequency.toLowerCase()} ` : "once ";
      const zones = (run.Segment && run.Segment.Timezones ? run.Segment.Timezones.length : 0) || 1;
      return el(
        "li",
        { class: "run", "data-run-id": run.RunId, "data-state": run.State },
        el("span", { class: `badge run-state run-${String(run.State).toLowerCase()}` }, run.State),
        " run ",
        el("code", {}, run.RunId),
        ` ${every}from ${schedule.StartTime ?? "?"}${schedule.IsLocalTime ? " (local time)" : ""}, `,
        `${zones} time zone${zones === 1 ? "" : "s"}, ${run.ActivityCount} activit${run.ActivityCount === 1 ? "y" : "ies"} so far`,
      );
    }),
  );
}

function campaignSection(campaign, page, runs) {
  const head = el(
    "h3",
    {},
    campaign.Name || campaign.CampaignId,
    " ",
    el("code", {}, campaign.CampaignId),
    el("span", { class: "count" }, ` ${campaign.ActivityCount} stored`),
  );
  const section = el("section", { class: "campaign", "data-campaign-id": campaign.CampaignId }, head, runList(runs));
  if (page === undefined) {
    section.append(el("p", { class: "note" }, `Activities not read: only the first ${MAX_CAMPAIGNS} campaigns are.`));
    return section;
  }
  if (page instanceof MockError) {
    section.append(el("p", { class: "error" }, `${page.type}: ${page.message}`));
    return section;
  }
  const items = page.Item ?? [];
  if (!items.length) {
    section.append(el("p", { class: "note" }, "No activities."));
    return section;
  }
  const withExtra = items.some((item) => extraOf(item).length > 0);
  const header = el(
    "tr",
    {},
    ...["Activity", "Treatment", "State", "Result", "Scheduled", "Start", "End", "Time zones", "Endpoints"]
      .concat(withExtra ? ["More"] : [])
      .map((name) => el("th", { scope: "col" }, name)),
  );
  const rows = items.map((item) => activityRow(item, withExtra));
  const table = el("table", { class: "activities" }, el("thead", {}, header), el("tbody", {}, ...rows));
  section.append(el("div", { class: "scroll" }, table));
  if (page.NextToken) {
    section.append(el("p", { class: "note" }, `The first ${items.length} activities; more follow.`));
  }
  return section;
}

function render(clock, apps, pages, runs) {
  document.getElementById("clock-now").textContent = clock.Now;
  document.getElementById("clock-now").setAttribute("datetime", clock.Now);
  const mode = clock.Real ? "real time" : clock.Frozen ? "frozen" : "set, running";
  const badge = document.getElementById("clock-mode");
  badge.textContent = mode;
  badge.className = `badge clock-${clock.Real ? "real" : clock.Frozen ? "frozen" : "running"}`;
  const main = document.getElementById("apps");
  if (!apps.Item.length) {
    main.replaceChildren(el("p", { class: "note" }, "No applications: add some through the control plane (PUT /_mock/apps/{id}) or reset with ?demo=true."));
    return;
  }
  main.replaceChildren(
    ...apps.Item.map((app) =>
      el(
        "article",
        { class: "application", "data-application-id": app.ApplicationId },
        el("h2", {}, app.Name || app.ApplicationId, " ", el("code", {}, app.ApplicationId)),
        ...(app.Campaigns.length
          ? app.Campaigns.map((campaign) => {
              const key = `${app.ApplicationId}/${campaign.CampaignId}`;
              return campaignSection(campaign, pages.get(key), runs.get(key));
            })
          : [el("p", { class: "note" }, "No campaigns.")]),
      ),
    ),
  );
}

async function poll() {
  const status = document.getElementById("status");
  try {
    const [clock, apps] = await Promise.all([getJSON(ROOT, "clock", token), getJSON(ROOT, "apps", token)]);
    const campaigns = apps.Item.flatMap((app) => app.Campaigns.map((c) => [app.ApplicationId, c.CampaignId])).slice(0, MAX_CAMPAIGNS);
    const read = (suffix) =>
      Promise.all(
        campaigns.map(async ([app, campaign]) => {
          const path = `apps/${encodeURIComponent(app)}/campaigns/${encodeURIComponent(campaign)}/${suffix}`;
          try {
            return [`${app}/${campaign}`, await getJSON(ROOT, path, token)];
          } catch (error) {
            if (error instanceof MockError) return [`${app}/${campaign}`, error];
            throw error;
          }
        }),
      );
    const [pageEntries, runEntries] = await Promise.all([read(`activities?page-size=${PAGE_SIZE}`), read("runs")]);
    const pages = new Map(pageEntries);
    const runs = new Map(runEntries);
    const plain = (map) => [...map].map(([key, value]) => [key, value instanceof MockError ? value.message : value]);
    const snapshot = JSON.stringify([clock, apps, plain(pages), plain(runs)]);
    if (snapshot !== lastRendered) {
      render(clock, apps, pages, runs);
      lastRendered = snapshot;
    }
    status.textContent = `Updated ${new Date().toLocaleTimeString()} (every ${POLL_MS / 1000} s).`;
    status.className = "status ok";
  } catch (error) {
    const forbidden = error instanceof MockError && error.status === 403;
    status.textContent = error instanceof MockError
      ? `${error.type}: ${error.message}${forbidden ? " (open this page as /_mock/?token=<admin token>)" : ""}`
      : `The mock does not answer: ${error.message}`;
    status.className = "status error";
  } finally {
    document.body.dataset.polls = String(Number(document.body.dataset.polls || 0) + 1);
    window.setTimeout(schedule, POLL_MS);
  }
}

function schedule() {
  if (document.hidden) {
    document.addEventListener("visibilitychange", schedule, { once: true });
    return;
  }
  poll();
}

schedule();
