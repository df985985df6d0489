// The SPARQL editor: YASGUI pointed at this endpoint, pre-filled by the server, with no
// outside requests (no LOV autocompletion, no stored tabs). Shows when a result was cut.
(function () {
  const root = document.getElementById("yasgui");
  if (!root || !window.Yasgui) return;
  Yasgui.Yasqe.defaults.autocompleters = ["variables", "prefixes"];
  const yasgui = new Yasgui(root, {
    requestConfig: { endpoint: root.dataset.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    yasqe: { value: document.getElementById("initial-query").value },
  });
  const tab = yasgui.getTab();
  const yasqe = tab.getYasqe();
  const note = document.getElementById("truncated");
  yasqe.on("queryResponse", function (_yasqe, response) {
    const headers = (response && (response.header || response.headers)) || {};
    const cut = headers["x-result-truncated"];
    note.hidden = cut !== "true";
    if (cut === "true") {
      note.textContent = "Only the first " + headers["x-result-limit"] + " rows are shown; add LIMIT and OFFSET to page through the rest.";
    }
  });
  if (root.dataset.run === "yes") yasqe.query();
})();
