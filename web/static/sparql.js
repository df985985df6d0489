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
  // YASGUI leaves some of its controls without names; name them, and keep one tab only
  // (there is nowhere to keep more), so that the editor reads well with a screen reader.
  const names = [
    [".autocomplete", "SPARQL endpoint"],
    [".CodeMirror textarea", "SPARQL query"],
    [".tab input", "Tab name"],
    [".tableSizer", "Rows per page"],
  ];
  function label() {
    root.querySelectorAll(".addTab").forEach(function (b) { b.parentElement.remove(); });
    names.forEach(function ([selector, name]) {
      root.querySelectorAll(selector).forEach(function (el) {
        if (!el.hasAttribute("aria-label")) el.setAttribute("aria-label", name);
      });
    });
    root.querySelectorAll(".CodeMirror-scroll").forEach(function (el) { el.tabIndex = 0; });
  }
  label();
  new MutationObserver(label).observe(root, { childList: true, subtree: true });
  if (root.dataset.run === "yes") yasqe.query();
})();
