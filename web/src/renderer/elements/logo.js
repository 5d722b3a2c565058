// st.logo: the app's logo, drawn in the page's header and at the top of the
// sidebar (Streamlit's stSidebarHeader), not where its node stands (that
// element container stays empty and hidden).
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";

/** @param {Record<string, any>} props @param {string} testid */
function logoImage(props, testid) {
  const img = h("img", { class: `stLogo wl-logo wl-logo-${props.size || "medium"}`, "data-testid": "stLogo", alt: "Logo" });
  setAttr(img, "src", safeUrl(testid === "header" && props.icon_image ? props.icon_image : props.image, { data: true }));
  const link = safeUrl(props.link);
  return link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer", "data-testid": "stLogoLink" }, [img]) : img;
}

/** @type {import("../index.js").ViewFactory} */
function logo() {
  const el = h("div", { class: "wl-logo-anchor", hidden: true });
  /** @type {HTMLElement[]} */
  let placed = [];
  const clear = () => { for (const p of placed) p.remove(); placed = []; };
  return {
    el,
    update({ props }) {
      // Drawn once the element is in the page (this runs after it is placed).
      queueMicrotask(() => {
        clear();
        const root = /** @type {Document | ShadowRoot} */ (el.getRootNode());
        const app = root.querySelector?.("[data-testid=stApp]");
        if (!app) return;
        const header = app.querySelector("[data-testid=stHeader]");
        if (header) {
          const slot = h("div", { class: "stHeaderLogo wl-header-logo", "data-testid": "stHeaderLogo" }, [logoImage(props, "header")]);
          header.prepend(slot);
          placed.push(slot);
        }
        const sidebar = app.querySelector("[data-testid=stSidebarContent]");
        if (sidebar) {
          let head = /** @type {HTMLElement | null} */ (sidebar.querySelector("[data-testid=stSidebarHeader]"));
          if (!head) {
            head = h("div", { "data-testid": "stSidebarHeader", class: "wl-sidebar-header" });
            sidebar.prepend(head);
            placed.push(head);
          }
          const slot = h("div", { class: "stSidebarLogo", "data-testid": "stSidebarLogo" }, [logoImage(props, "sidebar")]);
          head.prepend(slot);
          placed.push(slot);
        }
      });
    },
    destroy: clear,
  };
}

export const views = { logo };
