// Entity autocomplete for the question box: suggests names from GET /api/entities?prefix=
// as completions of the word being typed. The form works the same without it.
(function () {
  const input = document.getElementById("q");
  const list = document.getElementById("names");
  if (!input || !list || !window.fetch) return;
  let timer = null;
  let last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 120);
  });
  function suggest() {
    const text = input.value;
    const match = text.match(/([A-Za-z\u00C0-\u024F][\w\u00C0-\u024F'.-]*(?: [A-Z][\w\u00C0-\u024F'.-]*)*)$/);
    const word = match ? match[1] : "";
    if (word.length < 2 || word === last) return;
    last = word;
    fetch("/api/entities?limit=8&prefix=" + encodeURIComponent(word))
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        const head = text.slice(0, text.length - word.length);
        list.replaceChildren();
        found.forEach(function (e) {
          const option = document.createElement("option");
          option.value = head + e.label;
          list.appendChild(option);
        });
      })
      .catch(function () {});
  }
})();
