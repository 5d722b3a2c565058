// The registry of element views: node type -> factory(node, ctx) -> View.
// One module per family keeps each view small; this file only gathers them.
import { TEXT_VIEWS } from "./text.js";
import { BLOCK_VIEWS } from "./blocks.js";
import { BUTTON_VIEWS } from "./widgets/buttons.js";
import { TOGGLE_VIEWS } from "./widgets/toggles.js";
import { SELECT_VIEWS } from "./widgets/select.js";
import { INPUT_VIEWS } from "./widgets/inputs.js";
import { SLIDER_VIEWS } from "./widgets/slider.js";
import { UPLOADER_VIEWS } from "./widgets/uploader.js";
import { CHAT_VIEWS } from "./widgets/chat.js";
import { MEDIA_VIEWS } from "./media.js";
import { DATA_VIEWS } from "./data.js";

export const VIEWS = {
  ...TEXT_VIEWS, ...BLOCK_VIEWS, ...BUTTON_VIEWS, ...TOGGLE_VIEWS,
  ...SELECT_VIEWS, ...INPUT_VIEWS, ...SLIDER_VIEWS, ...UPLOADER_VIEWS,
  ...CHAT_VIEWS, ...MEDIA_VIEWS, ...DATA_VIEWS,
};

/** Types whose nodes have children (and no stElementContainer wrapper). */
export const BLOCKS = new Set(Object.keys(BLOCK_VIEWS));
