// FilingForge live preview. Follows the builds over Server-Sent Events (no polling), swaps in the new document without
// reloading (so the scroll position stays), marks what changed since the last good build, and lays the diagnostics of
// a failed build over the last good preview until a build succeeds again.
(function () {
  "use strict";
  const script = document.currentScript;
  const documentName = script.dataset.document;
  const pagePath = documentName ? "/" + encodeURIComponent(documentName) + ".html" : "/";
  let generation = Number(script.dataset.generation);
  let lastBuild = 0;
  let highlighted = -1;
  let queue = Promise.resolve();

  const normalize = (text) => text.replace(/\s+/g, " ").trim();

  // Replaces <main> (and the theme's style sheet) with the newest build's; the page itself, and so its scroll, stays.
  async function swap() {
    const response = await fetch(pagePath, { cache: "no-store" });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), "text/html");
    const main = document.querySelector("main");
    const newMain = next.querySelector("main");
    if (!main || !newMain) return;
    const x = window.scrollX, y = window.scrollY;
    const style = document.head.querySelector("style");
    const newStyle = next.head.querySelector("style");
    if (style && newStyle && style.textContent !== newStyle.textContent) style.textContent = newStyle.textContent;
    main.replaceWith(document.adoptNode(newMain));
    document.title = next.title;
    const nextScript = next.querySelector("script[data-generation]");
    if (nextScript) generation = Number(nextScript.dataset.generation);
    window.scrollTo(x, y);
  }

  function showDiagnostics(state) {
    let box = document.getElementById("ff-diagnostics");
    if (state.ok) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("aside");
      box.id = "ff-diagnostics";
      box.setAttribute("role", "alert");
      document.body.appendChild(box);
    }
    const title = document.createElement("h2");
    title.textContent = state.status;
    const list = document.createElement("pre");
    list.textContent = state.diagnostics.map((d) => d.text).join("\n");
    box.replaceChildren(title, list);
  }

  async function highlight() {
    if (!documentName || highlighted === generation) return;
    highlighted = generation;
    const response = await fetch("/_ff/changes?document=" + encodeURIComponent(documentName), { cache: "no-store" });
    if (!response.ok) return;
    const changes = await response.json();
    if (changes.generation !== generation) return;
    for (const change of changes.highlights) mark(change);
  }

  function mark(change) {
    const element = change.table !== undefined ? findCell(change) : findBlock(change.text);
    if (!element) return;
    if (change.words.length === 0 || !markWords(element, change.words)) element.classList.add("ff-changed");
  }

  function findCell(change) {
    const table = document.getElementById(change.table);
    if (!table) return null;
    const rows = [...table.querySelectorAll(":scope > thead > tr, :scope > tbody > tr, :scope > tfoot > tr")];
    const cell = rows[change.row] && rows[change.row].cells[change.cell];
    // The cell's text confirms the place (footnote markers may follow it).
    return cell && normalize(cell.textContent).startsWith(normalize(change.text)) ? cell : null;
  }

  // The innermost block of the document whose text is the changed block's text.
  function findBlock(text) {
    const wanted = normalize(text);
    if (!wanted) return null;
    const candidates = [...document.querySelectorAll("main p, main li, main h1, main h2, main h3, main h4, main h5, main h6, main td, main th, main div")]
      .filter((e) => normalize(e.textContent) === wanted);
    return candidates.find((e) => !candidates.some((other) => other !== e && e.contains(other))) || null;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // Wraps each inserted word in <mark>; false when none was found (then the whole block is marked).
  function markWords(element, words) {
    const pattern = new RegExp("(?<![\\p{L}\\p{N}])(" + words.map(escapeRegExp).join("|") + ")(?![\\p{L}\\p{N}])", "gu");
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    let found = false;
    for (const node of texts) {
      const parts = node.data.split(pattern);
      if (parts.length === 1) continue;
      found = true;
      const fragment = document.createDocumentFragment();
      parts.forEach((part, i) => {
        if (i % 2 === 0) { if (part) fragment.appendChild(document.createTextNode(part)); return; }
        const marked = document.createElement("mark");
        marked.className = "ff-changed-word";
        marked.textContent = part;
        fragment.appendChild(marked);
      });
      node.replaceWith(fragment);
    }
    return found;
  }

  async function follow(state) {
    if (state.build < lastBuild) return;
    lastBuild = state.build;
    if (state.generation !== generation) await swap();
    showDiagnostics(state);
    await highlight();
  }

  const events = new EventSource("/_ff/events");
  events.addEventListener("build", (event) => {
    const state = JSON.parse(event.data);
    queue = queue.then(() => follow(state)).catch((error) => console.error("filingforge watch:", error));
  });
})();
