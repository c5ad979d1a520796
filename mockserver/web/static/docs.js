// The API reference: Swagger UI (the dist files swagger-ui-py ships) over both documents, one
// below the other. "Try it out" calls this server (its origin, whatever the document's servers
// say) and sends the admin token to the control plane when the tab has one.
import { adminToken } from "./control.js";

const token = adminToken();

function toThisServer(request) {
  const url = new URL(request.url, window.location.href);
  if (url.origin !== window.location.origin && /^\/(v1|_mock)\//.test(url.pathname)) {
    request.url = window.location.origin + url.pathname + url.search;
  }
  if (token && new URL(request.url, window.location.href).pathname.startsWith("/_mock/")) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  return request;
}

for (const node of document.querySelectorAll("[data-spec]")) {
  window.SwaggerUIBundle({
    url: new URL(node.dataset.spec, window.location.href).href,
    domNode: node,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    deepLinking: false,
    displayOperationId: true,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    requestInterceptor: toThisServer,
  });
}
