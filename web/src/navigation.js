// Multipage apps on the page: the page menu (in the sidebar, or in the header
// with `position="top"`) and the page's URL.
//
// Each page has its own URL path under the app's root (the default page is the
// root itself). A link in the menu, an st.page_link, or back/forward asks the
// worker for a page with a `rerun` message ({page, query}); the URL changes at
// once (history.pushState), and the worker's `url` message keeps it right
// (a page that does not exist falls back to the default page; st.query_params
// writes are replaceState). An embedded app (mount()) switches pages the same
// way, but never touches its host page's URL.
//
// The menu's DOM is Streamlit's: stSidebarNav > stSidebarNavItems > li >
// stSidebarNavLinkContainer > a[stSidebarNavLink] (aria-current="page" on the
// current one), stNavSectionHeader for sections, stSidebarNavViewButton
// ("View N more") and stSidebarNavSeparator; at the top, stTopNavLinkContainer
// > a[stTopNavLink], and stTopNavSection buttons that open a stTopNavPopover of
// stTopNavDropdownLink links.
import { h, setAttr, closestTarget } from "./renderer/dom.js";
import { setMarkdown } from "./renderer/markdown_html.js";
import { safeUrl } from "./renderer/safe_url.js";
import { siteRoot, pagePath, keptQuery } from "./page_urls.js";

/**
 * @typedef {{key: string, title: string, icon: string, url_path: string, section: string, hidden: boolean, help?: string, external_url?: string}} PageEntry
 * @typedef {{pages: PageEntry[], sections: string[], position: string, expanded: boolean | number, current: string}} NavigationState
 */

/** Collapsed sidebar menus show this many pages, and collapse beyond two more. */
const SHOWN_WHEN_COLLAPSED = 10;

export class PageNavigation {
  /**
   * @param {import("./shell.js").ShellParts} parts
   * @param {{go: (page: string, query: string) => void, ownsUrl: boolean, onTitle: (title: string) => void}} opts
   *   `go`: ask the worker for a page; `ownsUrl`: the site's own page (it keeps the address bar)
   */
  constructor(parts, { go, ownsUrl, onTitle }) {
    this.parts = parts;
    this.go = go;
    this.ownsUrl = ownsUrl;
    this.onTitle = onTitle;
    /** @type {NavigationState | null} */
    this.state = null;
    this.root = ownsUrl ? siteRoot(document.baseURI) : new URL("./", location.href);
    /** The current URL path and query, as far as this app knows (embedded apps keep their own). */
    this.path = ownsUrl ? pagePath(this.root, location.href) : "";
    this.query = ownsUrl ? location.search.slice(1) : "";
    this.expandedMenu = false;
    parts.sidebarNav.addEventListener("click", (ev) => this.onClick(ev));
    parts.topNav.addEventListener("click", (ev) => this.onClick(ev));
    this.onPop = () => {
      this.path = pagePath(this.root, location.href);
      this.query = location.search.slice(1);
      this.go(this.path, this.query);
    };
    if (ownsUrl) window.addEventListener("popstate", this.onPop);
    // An open section of the top menu closes on a click elsewhere, or Escape.
    this.onOutside = (/** @type {Event} */ ev) => { if (!ev.composedPath().includes(parts.topNav)) this.closePopovers(); };
    document.addEventListener("mousedown", this.onOutside);
    parts.topNav.addEventListener("keydown", (ev) => { if (ev.key === "Escape") this.closePopovers(); });
  }

  /** The page and query the boot message asks for. */
  initial() {
    return { page: this.path, query: this.query };
  }

  /** The href of a page (and query) under the app's root. */
  href(urlPath, query = "") {
    const url = new URL(relativeHref(urlPath), this.root);
    url.search = query;
    return url.href;
  }

  /**
   * Switch to a page: the URL first, then the worker. Query parameters
   * other than the embed ones are dropped unless `query` is given.
   * @param {string} urlPath @param {string | null} [query]
   */
  open(urlPath, query = null) {
    const q = query ?? keptQuery(this.query);
    this.setUrl(urlPath, q, "push");
    this.markCurrent(urlPath);
    this.go(urlPath, q);
  }

  /**
   * The worker's `url` message, or a switch the page made.
   * @param {string} urlPath @param {string} query @param {string} history "push" | "replace"
   */
  setUrl(urlPath, query, history) {
    const changed = urlPath !== this.path || query !== this.query;
    this.path = urlPath;
    this.query = query;
    if (!this.ownsUrl || !changed) return;
    const href = this.href(urlPath, query);
    if (href === location.href) return;
    if (history === "push") window.history.pushState({ wasmlit: urlPath }, "", href);
    else window.history.replaceState(window.history.state, "", href);
  }

  /** @param {MouseEvent} ev */
  onClick(ev) {
    const section = closestTarget(ev, '[data-testid="stTopNavSection"]');
    if (section) return this.toggleSection(section);
    const more = closestTarget(ev, '[data-testid="stSidebarNavViewButton"]');
    if (more) {
      this.expandedMenu = !this.expandedMenu;
      if (this.state) this.render(this.state);
      return;
    }
    const header = closestTarget(ev, '[data-testid="stNavSectionHeader"]');
    if (header) {
      const list = header.nextElementSibling;
      if (list instanceof HTMLElement) list.hidden = !list.hidden;
      setAttr(header, "aria-expanded", list instanceof HTMLElement && !list.hidden ? "true" : "false");
      return;
    }
    const link = closestTarget(ev, "a[data-wl-page]");
    if (!link || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    this.closePopovers();
    this.open(link.getAttribute("data-wl-page") || "");
  }

  /** @param {HTMLElement} section */
  toggleSection(section) {
    const popover = /** @type {HTMLElement | null} */ (section.parentElement?.querySelector('[data-testid="stTopNavPopover"]'));
    if (!popover) return;
    const open = popover.hidden;
    this.closePopovers();
    popover.hidden = !open;
    setAttr(section, "aria-expanded", open ? "true" : "false");
  }

  closePopovers() {
    for (const pop of this.parts.topNav.querySelectorAll('[data-testid="stTopNavPopover"]')) {
      if (!(/** @type {HTMLElement} */ (pop).hidden)) /** @type {HTMLElement} */ (pop).hidden = true;
    }
    for (const sec of this.parts.topNav.querySelectorAll('[data-testid="stTopNavSection"]')) setAttr(sec, "aria-expanded", "false");
  }

  /**
   * The worker's `navigation` message.
   * @param {NavigationState} state
   */
  update(state) {
    this.state = state;
    this.render(state);
    const current = state.pages.find((p) => p.key === state.current);
    if (current) this.onTitle(current.title);
  }

  /** Mark the page with this URL path as current (before its run: the click is answered at once). */
  markCurrent(urlPath) {
    for (const a of [...this.parts.sidebarNav.querySelectorAll("a[data-wl-page]"), ...this.parts.topNav.querySelectorAll("a[data-wl-page]")]) {
      setAttr(a, "aria-current", a.getAttribute("data-wl-page") === urlPath ? "page" : null);
      setAttr(a, "data-active", a.getAttribute("data-wl-page") === urlPath ? "true" : null);
    }
  }

  /** @param {NavigationState} state */
  render(state) {
    const where = menuPosition(state);
    const hasElements = this.parts.sidebarBlock.childElementCount > 0;
    this.parts.sidebarNav.replaceChildren(...(where === "sidebar" ? [sidebarMenu(state, hasElements, this.expandedMenu)] : []));
    this.parts.sidebarNav.hidden = where !== "sidebar";
    this.parts.topNav.replaceChildren(...(where === "top" ? topMenu(state) : []));
    this.parts.topNav.hidden = where !== "top";
    setAttr(this.parts.app, "data-wl-nav", where);
    this.syncSidebar();
  }

  /** The sidebar shows when it has the menu or any element. */
  syncSidebar() {
    const hasNav = !this.parts.sidebarNav.hidden;
    const hasElements = this.parts.sidebarBlock.childElementCount > 0;
    setAttr(this.parts.sidebar, "hidden", !hasNav && !hasElements);
    const sep = this.parts.sidebarNav.querySelector('[data-testid="stSidebarNavSeparator"]');
    if (sep instanceof HTMLElement && sep.hidden !== !hasElements) sep.hidden = !hasElements;
  }

  destroy() {
    if (this.ownsUrl) window.removeEventListener("popstate", this.onPop);
    document.removeEventListener("mousedown", this.onOutside);
  }
}

/**
 * Where the menu shows: nowhere for a one-page app, else where `position` says.
 * @param {NavigationState} state @returns {string}
 */
export function menuPosition(state) {
  const show = state.pages.length > 1 && state.pages.some((p) => !p.hidden);
  return show ? state.position : "hidden";
}

/** A page's href relative to the app's root (the root itself is "./"). @param {string} urlPath */
function relativeHref(urlPath) {
  return urlPath ? urlPath.split("/").map(encodeURIComponent).join("/") : "./";
}

/**
 * One link of the menu.
 * @param {PageEntry} page @param {string} current
 * @param {"stSidebarNavLink" | "stTopNavLink" | "stTopNavDropdownLink"} testid
 */
function menuLink(page, current, testid) {
  const active = page.key === current;
  const label = h("span", { class: "wl-nav-label", "data-testid": "stMarkdownContainer" });
  setMarkdown(label, page.title, { inline: true });
  // An external page (1.67) is a plain link to another site, opened in a new tab.
  const external = page.external_url ? safeUrl(page.external_url) : null;
  const a = h("a", {
    "data-testid": testid, class: "wl-nav-link", href: external ?? relativeHref(page.url_path),
    "data-wl-page": external ? null : page.url_path, target: external ? "_blank" : null,
    rel: external ? "noopener noreferrer" : null,
    "aria-current": active ? "page" : null, "data-active": active ? "true" : null, title: page.help || null,
  }, [page.icon ? h("span", { class: "wl-nav-icon", "aria-hidden": "true" }, [iconText(page.icon)]) : null, label]);
  const container = testid === "stSidebarNavLink" ? "stSidebarNavLinkContainer" : "stTopNavLinkContainer";
  return h("div", { "data-testid": container, class: "wl-nav-link-container" }, [a]);
}

/**
 * The sidebar's menu (stSidebarNav). With sidebar elements below it and more
 * pages than it shows collapsed, it shows the first ones and "View N more".
 * @param {NavigationState} state @param {boolean} hasElements @param {boolean} expandedMenu
 */
export function sidebarMenu(state, hasElements, expandedMenu) {
  const pages = state.pages.filter((p) => !p.hidden);
  const limit = state.expanded === true ? Infinity
    : typeof state.expanded === "number" && state.expanded > 0 ? state.expanded : SHOWN_WHEN_COLLAPSED;
  const collapsible = hasElements && pages.length > limit + 2 && state.expanded !== true;
  const shown = collapsible && !expandedMenu ? limit : Infinity;
  const items = h("ul", { "data-testid": "stSidebarNavItems", class: "wl-nav-items" });
  let count = 0;
  for (const section of state.sections) {
    const group = pages.filter((p) => p.section === section);
    if (!group.length || count >= shown) continue;
    const links = group.slice(0, Math.max(0, shown - count)).map((p) => h("li", {}, [menuLink(p, state.current, "stSidebarNavLink")]));
    count += links.length;
    if (!section) {
      items.append(...links);
      continue;
    }
    const header = h("header", { "data-testid": "stNavSectionHeader", class: "wl-nav-section", "aria-expanded": "true", role: "button", tabindex: "0" });
    setMarkdown(header, section, { inline: true });
    items.append(h("li", { class: "wl-nav-group" }, [header, h("ul", { class: "wl-nav-items" }, links)]));
  }
  const more = collapsible ? h("button", { type: "button", "data-testid": "stSidebarNavViewButton", class: "wl-nav-more" },
    [expandedMenu ? "View less" : `View ${pages.length - limit} more`]) : null;
  const sep = h("hr", { "data-testid": "stSidebarNavSeparator", class: "wl-nav-separator", hidden: !hasElements });
  return h("div", { "data-testid": "stSidebarNav", class: "stSidebarNav" }, [items, more, sep]);
}

/**
 * The header's menu (position="top"): pages without a section first, then a
 * stTopNavSection per section, which opens a stTopNavPopover of its pages.
 * @param {NavigationState} state
 */
export function topMenu(state) {
  const pages = state.pages.filter((p) => !p.hidden);
  const out = [];
  for (const page of pages.filter((p) => !p.section)) out.push(menuLink(page, state.current, "stTopNavLink"));
  for (const section of state.sections.filter(Boolean)) {
    const group = pages.filter((p) => p.section === section);
    if (!group.length) continue;
    const title = h("span", { "data-testid": "stMarkdownContainer" });
    setMarkdown(title, section, { inline: true });
    const active = group.some((p) => p.key === state.current);
    const button = h("button", {
      type: "button", "data-testid": "stTopNavSection", class: "wl-topnav-section", "aria-haspopup": "true",
      "aria-expanded": "false", "data-active": active ? "true" : null,
    }, [title, h("span", { class: "wl-chevron", "aria-hidden": "true" })]);
    const popover = h("div", { "data-testid": "stTopNavPopover", class: "wl-topnav-popover", hidden: true },
      group.map((p) => menuLink(p, state.current, "stTopNavDropdownLink")));
    out.push(h("div", { class: "wl-topnav-group" }, [button, popover]));
  }
  return out;
}

/** An emoji shows as itself; a Material icon (`:material/home:`) by its name, until icons are drawn. */
function iconText(icon) {
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  return material ? "" : icon.replace(/^emoji:/, "");
}


