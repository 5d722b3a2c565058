// st.pagination: previous / page numbers (with ellipses past max_visible_pages) / next.
import { h, setAttr, closestTarget } from "../dom.js";
import { setIcon } from "../markdown_html.js";
import { widgetView } from "../widget_view.js";

/**
 * The pages to show around `page`: numbers, with null for an ellipsis.
 * @param {number} page @param {number} count @param {number | null} max
 * @returns {(number | null)[]}
 */
export function visiblePages(page, count, max) {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  if (max === null || max === undefined || max === 0 || count <= max) return max === 0 ? [] : all;
  if (max < 5) {
    const start = Math.min(Math.max(1, page - Math.floor((max - 1) / 2)), count - max + 1);
    return all.slice(start - 1, start - 1 + max);
  }
  const inner = max - 2; // first and last always show
  let start = Math.max(2, page - Math.floor((inner - 1) / 2));
  let end = start + inner - 1;
  if (end > count - 1) { end = count - 1; start = end - inner + 1; }
  /** @type {(number | null)[]} */
  const out = [1];
  for (let p = start; p <= end; p += 1) out.push(p === start && start > 2 ? null : p === end && end < count - 1 ? null : p);
  out.push(count);
  return out;
}

/** @type {import("../index.js").ViewFactory} */
function pagination(node, ctx) {
  const prevIcon = h("span", { class: "wl-icon" });
  const nextIcon = h("span", { class: "wl-icon" });
  const prev = h("button", { type: "button", class: "wl-page-btn", "data-testid": "stPaginationPrev", "aria-label": "Previous page" }, [prevIcon]);
  const next = h("button", { type: "button", class: "wl-page-btn", "data-testid": "stPaginationNext", "aria-label": "Next page" }, [nextIcon]);
  setIcon(prevIcon, ":material/chevron_left:");
  setIcon(nextIcon, ":material/chevron_right:");
  const pages = h("div", { class: "wl-pages" });
  const nav = h("div", { class: "wl-pagination", role: "navigation", "aria-label": "Pagination" }, [prev, pages, next]);
  let current = 1;
  const view = widgetView(node, ctx, {
    testid: "stPagination", body: [nav], label: null,
    controls: () => /** @type {HTMLButtonElement[]} */ ([prev, next, ...pages.querySelectorAll("button")]),
    update({ props }, takeValue) {
      if (takeValue) current = Number(props.value) || 1;
      const count = Number(props.num_pages) || 1;
      pages.replaceChildren(...visiblePages(current, count, props.max_visible_pages ?? null).map((p) => (p === null
        ? h("span", { "data-testid": "stPaginationEllipsis", class: "wl-page-ellipsis", "aria-hidden": "true" }, ["…"])
        : h("button", { type: "button", class: "wl-page-btn", "data-page": String(p), "aria-label": `Page ${p}`, "aria-current": p === current ? "page" : null,
          "data-testid": p === current ? "stPaginationPageActive" : "stPaginationPage" }, [String(p)]))));
      setAttr(prev, "disabled", current <= 1 || !!props.disabled);
      setAttr(next, "disabled", current >= count || !!props.disabled);
    },
  });
  /** @param {number} page */
  const go = (page) => {
    const count = Number(view.node.props.num_pages) || 1;
    if (page < 1 || page > count || page === current) return;
    current = page;
    view.update(view.node, null);
    ctx.commit(view.node, page);
  };
  prev.addEventListener("click", () => go(current - 1));
  next.addEventListener("click", () => go(current + 1));
  pages.addEventListener("click", (ev) => {
    const btn = closestTarget(ev, "button[data-page]");
    if (!btn || btn.hasAttribute("disabled")) return;
    go(Number(btn.getAttribute("data-page")));
  });
  return view;
}

export const views = { pagination };
